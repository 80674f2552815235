package com.dezky.platform;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Readiness of the database by {@code ping}. Boot's own MongoDB indicator sends {@code hello},
 * which the embedded MongoDB-compatible store of the local stack does not know; {@code ping}
 * works on both it and real MongoDB.
 */
@Component("database")
class DatabaseHealthIndicator extends AbstractHealthIndicator {

    private final MongoTemplate mongo;

    DatabaseHealthIndicator(MongoTemplate mongo) {
        super("MongoDB ping failed");
        this.mongo = mongo;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Document answer = mongo.executeCommand(new Document("ping", 1));
        builder.up().withDetail("database", mongo.getDb().getName()).withDetail("ok", answer.get("ok"));
    }
}
