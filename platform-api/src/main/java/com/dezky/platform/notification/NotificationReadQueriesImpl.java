package com.dezky.platform.notification;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

class NotificationReadQueriesImpl implements NotificationReadQueries {

    private final MongoTemplate mongo;

    NotificationReadQueriesImpl(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void readUpTo(String operator, Instant upTo) {
        // $max: the later of the stored mark and this one, in one atomic upsert.
        mongo.upsert(query(where("_id").is(operator)), new Update().max("readUpTo", upTo), NotificationRead.class);
    }
}
