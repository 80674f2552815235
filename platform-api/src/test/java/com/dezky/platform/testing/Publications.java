package com.dezky.platform.testing;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The event publication registry's records of a tenant's events, as MongoDB holds them. */
public final class Publications {

    private Publications() {
    }

    /** Publications of events about this tenant to the listener (a fragment of its id) that failed and wait. */
    public static long failed(MongoTemplate mongo, String listener, String slug) {
        return count(mongo, of(listener, slug).append("status", "FAILED").append("completionDate", null));
    }

    /** Publications of events about this tenant to the listener that completed. */
    public static long completed(MongoTemplate mongo, String listener, String slug) {
        return count(mongo, of(listener, slug).append("completionDate", new Document("$ne", null)));
    }

    private static Document of(String listener, String slug) {
        return new Document("listenerId", new Document("$regex", listener)).append("event.slug", slug);
    }

    private static long count(MongoTemplate mongo, Document filter) {
        return mongo.getCollection("event_publication").countDocuments(filter);
    }
}
