package com.dezky.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMongoTest {

    @TempDir
    Path dataDir;

    @Test
    void dataSurvivesRestart() throws Exception {
        int port = freePort();
        try (EmbeddedMongo mongo = new EmbeddedMongo(port, dataDir)) {
            mongo.start();
            try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
                client.getDatabase("dezky").getCollection("tenants").insertOne(new Document("slug", "acme"));
            }
        }
        try (EmbeddedMongo mongo = new EmbeddedMongo(port, dataDir)) {
            mongo.start();
            try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
                Document found = client.getDatabase("dezky").getCollection("tenants")
                        .find(new Document("slug", "acme")).first();
                assertThat(found).isNotNull();
            }
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
