package com.dezky.platform.flag;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.dezky.model.flag.FlagRule;
import java.time.Clock;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Creates demo flags for the local stack, insert-if-absent, so operators' edits survive restarts. */
@Component
public class FlagSeeder {

    private final MongoTemplate mongo;
    private final Clock clock;

    FlagSeeder(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public boolean seedIfAbsent(FlagRule rule, String description) {
        if (mongo.exists(query(where("key").is(rule.key())), Flag.class)) {
            return false;
        }
        Flag flag = new Flag(rule.key(), description, rule, clock.instant());
        flag.record("system", null, Flag.summary(rule), "Local demo data", clock.instant());
        mongo.insert(flag);
        return true;
    }
}
