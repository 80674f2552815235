package com.dezky.platform.user;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.dezky.model.PageView;
import com.dezky.platform.security.Caller;
import java.time.Clock;
import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

@Service
class UserService {

    private final MongoTemplate mongo;
    private final Clock clock;

    UserService(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * Creates or refreshes the caller's record from their token, atomically. Two first
     * requests of a new user may race on the unique (issuer, subject) index; the loser then
     * finds the winner's record and updates it.
     */
    UserAccount recordSignIn(Caller caller) {
        Instant now = clock.instant();
        Query byIdentity = query(where("issuer").is(caller.issuer()).and("subject").is(caller.subject()));
        Update refresh = new Update()
                .set("email", caller.email())
                .set("name", caller.name())
                .set("groups", caller.groups())
                .set("platformAdmin", caller.platformAdmin())
                .set("lastLoginAt", now)
                .setOnInsert("createdAt", now)
                .inc("version", 1);
        FindAndModifyOptions upsert = FindAndModifyOptions.options().upsert(true).returnNew(true);
        try {
            return mongo.findAndModify(byIdentity, refresh, upsert, UserAccount.class);
        } catch (DuplicateKeyException raceLost) {
            return mongo.findAndModify(byIdentity, refresh, upsert, UserAccount.class);
        }
    }

    PageView<UserAccount> list(int page, int size) {
        Query all = new Query().with(Sort.by(Sort.Order.desc("lastLoginAt"), Sort.Order.asc("email")))
                .skip((long) page * size)
                .limit(size);
        long total = mongo.count(new Query(), UserAccount.class);
        return new PageView<>(mongo.find(all, UserAccount.class), page, size, total);
    }
}
