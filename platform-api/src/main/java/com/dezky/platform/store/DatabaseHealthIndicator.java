package com.dezky.platform.store;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.stereotype.Component;

/**
 * Readiness of the database by {@code ping}. Boot's own MongoDB indicator sends {@code hello},
 * which the embedded MongoDB-compatible store of the local stack does not know; {@code ping}
 * works on both it and real MongoDB.
 */
@Component("database")
class DatabaseHealthIndicator extends AbstractHealthIndicator {

    private final MongoDatabaseFactory database;

    DatabaseHealthIndicator(MongoDatabaseFactory database) {
        super("MongoDB ping failed");
        this.database = database;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Document answer = database.getMongoDatabase().runCommand(new Document("ping", 1));
        builder.up().withDetail("database", database.getMongoDatabase().getName()).withDetail("ok", answer.get("ok"));
    }
}
