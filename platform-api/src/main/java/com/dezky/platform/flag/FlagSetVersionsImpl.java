package com.dezky.platform.flag;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/** One counter document, {@code flag_set/flags}, incremented atomically. */
class FlagSetVersionsImpl implements FlagSetVersions {

    private static final String COLLECTION = "flag_set";
    private static final String ID = "flags";

    private final MongoTemplate mongo;

    FlagSetVersionsImpl(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public long flagSetVersion() {
        Document counter = mongo.findById(ID, Document.class, COLLECTION);
        return counter == null ? 0 : ((Number) counter.get("version")).longValue();
    }

    @Override
    public void bumpFlagSetVersion() {
        mongo.findAndModify(query(where("_id").is(ID)), new Update().inc("version", 1L),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION);
    }
}
