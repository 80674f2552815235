package com.dezky.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The indexed store answers every query exactly as mongo-java-server's plain H2 backend does —
 * the same documents, and for a sort the same pages in the same order, before and after updates
 * and deletes — and reads the plain backend's data files.
 */
class EmbeddedMongoStoreTest {

    static final String[] STATUSES = {"ACTIVE", "ACTIVE", "PENDING", "SUSPENDED", "DELETED"};
    static final String[] PLANS = {"starter", "business", "enterprise"};
    static final String[] WORDS = {"kessler", "moller", "logistik", "architekten", "bau", "gmbh"};

    final List<MongoServer> servers = new ArrayList<>();
    final List<MongoClient> clients = new ArrayList<>();

    @AfterEach
    void stop() {
        clients.forEach(MongoClient::close);
        servers.forEach(MongoServer::shutdownNow);
    }

    MongoCollection<Document> tenants(MongoServer server) {
        servers.add(server);
        MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort());
        clients.add(client);
        return client.getDatabase("dezky").getCollection("tenants");
    }

    MongoCollection<Document> plain;
    MongoCollection<Document> indexed;

    @BeforeEach
    void seed() {
        plain = tenants(new MongoServer(new H2Backend(new MVStore.Builder().open())));
        indexed = tenants(EmbeddedMongoStore.inMemory());
        Random random = new Random(7);
        List<Document> documents = new ArrayList<>();
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < 2_000; i++) {
            Document tenant = new Document("slug", "tenant-" + i).append("status", STATUSES[random.nextInt(5)])
                    .append("plan", PLANS[random.nextInt(3)])
                    .append("searchTerms", List.of(WORDS[random.nextInt(6)], WORDS[random.nextInt(6)], "t" + i % 7))
                    .append("contact", new Document("email", "a" + i % 3 + "@example.com"))
                    // A coarse clock: many ties, which the sort must break as the plain backend does.
                    .append("createdAt", java.util.Date.from(start.plusSeconds(i / 10)));
            if (i % 3 == 0) {
                tenant.append("partnerId", "p" + i % 11);
            }
            documents.add(tenant);
        }
        for (MongoCollection<Document> store : List.of(plain, indexed)) {
            store.createIndex(Indexes.compoundIndex(Indexes.ascending("status"), Indexes.descending("createdAt")));
            store.createIndex(Indexes.ascending("plan"));
            store.createIndex(Indexes.descending("createdAt"));
            store.createIndex(Indexes.ascending("partnerId"));
            store.createIndex(Indexes.ascending("searchTerms"));
            store.createIndex(Indexes.ascending("contact.email"));
            store.insertMany(documents.stream().map(d -> new Document(d)).toList());
        }
    }

    @Test
    void everyQueryAnswersAsThePlainBackendDoes() {
        assertSameAnswers();
    }

    @Test
    void answersStayTheSameAfterUpdatesAndDeletes() {
        for (MongoCollection<Document> store : List.of(plain, indexed)) {
            // A second client ensuring the same indexes, as each replica or restart of a service does.
            store.createIndex(Indexes.ascending("plan"));
            store.createIndex(Indexes.ascending("searchTerms"));
            store.updateMany(Filters.eq("plan", "starter"), Updates.set("status", "SUSPENDED"));
            store.updateMany(Filters.eq("status", "PENDING"), Updates.addToSet("searchTerms", "moved"));
            store.updateOne(Filters.eq("slug", "tenant-5"), Updates.unset("status"));
            store.deleteMany(Filters.eq("partnerId", "p4"));
            store.replaceOne(Filters.eq("slug", "tenant-8"), new Document("slug", "tenant-8").append("status", "PENDING")
                    .append("plan", "enterprise").append("searchTerms", List.of("replaced")));
            store.findOneAndUpdate(Filters.eq("slug", "tenant-9"), Updates.set("plan", "starter"));
            store.updateOne(Filters.eq("slug", "upserted"), Updates.set("status", "ACTIVE"),
                    new com.mongodb.client.model.UpdateOptions().upsert(true));
            store.insertOne(new Document("slug", "late").append("status", "ACTIVE").append("plan", "business")
                    .append("searchTerms", List.of("kessler", "late")).append("createdAt", new java.util.Date()));
        }
        assertSameAnswers();
        assertThat(ids(indexed, Filters.all("searchTerms", "moved"), Sorts.ascending("slug"), 0, 0)).isNotEmpty();
    }

    @Test
    void readsADataFileThePlainBackendWrote(@TempDir Path dir) {
        Path file = dir.resolve("mongo.mv");
        MongoServer old = new MongoServer(new H2Backend(new MVStore.Builder().fileName(file.toString()).open()));
        MongoCollection<Document> written = tenants(old);
        written.createIndex(Indexes.ascending("status"));
        written.insertOne(new Document("slug", "acme").append("status", "ACTIVE"));
        clients.removeLast().close();
        servers.remove(old);
        old.shutdownNow();

        MongoCollection<Document> read = tenants(EmbeddedMongoStore.onFile(file));
        assertThat(read.find(Filters.eq("status", "ACTIVE")).first()).containsEntry("slug", "acme");
    }

    private void assertSameAnswers() {
        List<Bson> filters = List.of(new Document(), Filters.eq("status", "ACTIVE"),
                Filters.and(Filters.eq("status", "SUSPENDED"), Filters.eq("plan", "enterprise")),
                Filters.in("partnerId", "p1", "p2", "p3"), Filters.all("searchTerms", "kessler", "bau"),
                Filters.and(Filters.all("searchTerms", "logistik"), Filters.eq("status", "ACTIVE")),
                Filters.and(Filters.eq("plan", "business"), Filters.ne("status", "DELETED")),
                Filters.eq("contact.email", "a1@example.com"), Filters.regex("slug", "^tenant-1"),
                Filters.eq("searchTerms", "t3"), Filters.exists("partnerId", false), Filters.eq("status", "NONE"));
        // Total orders only: MongoDB leaves the order of ties open, and an index returns them in its own.
        // By an indexed field that every document has (read in index order), and by one some lack (read whole).
        List<Bson> sorts = List.of(Sorts.descending("createdAt", "slug"), Sorts.orderBy(Sorts.ascending("plan"),
                Sorts.descending("slug")), Sorts.orderBy(Sorts.ascending("partnerId"), Sorts.ascending("slug")));
        for (Bson filter : filters) {
            assertThat(ids(indexed, filter, null, 0, 0)).as("%s", filter)
                    .containsExactlyInAnyOrderElementsOf(ids(plain, filter, null, 0, 0));
            assertThat(indexed.countDocuments(filter)).isEqualTo(plain.countDocuments(filter));
            for (Bson sort : sorts) {
                for (int[] page : new int[][] {{0, 25}, {25, 25}, {0, 1}, {1990, 25}}) {
                    assertThat(ids(indexed, filter, sort, page[0], page[1])).as("%s sorted %s page %s", filter, sort, page[0])
                            .containsExactlyElementsOf(ids(plain, filter, sort, page[0], page[1]));
                }
            }
        }
    }

    private static List<Object> ids(MongoCollection<Document> store, Bson filter, Bson sort, int skip, int limit) {
        var found = store.find(filter).skip(skip).limit(limit);
        if (sort != null) {
            found = found.sort(sort);
        }
        return found.map(document -> document.get("slug")).into(new ArrayList<>());
    }
}
