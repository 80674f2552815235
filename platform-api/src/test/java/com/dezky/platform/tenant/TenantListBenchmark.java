package com.dezky.platform.tenant;

import com.dezky.platform.testing.ApiTestSupport;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.h2.mvstore.MVStore;

import java.util.function.Supplier;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Data-scale benchmark, not a test: 100k tenants and 1k partners in the local stack's embedded
 * store (H2-backed), then the latency of the list endpoints over real HTTP. Run it with
 * {@code ./mvnw -pl platform-api -am test -Dtest=TenantListBenchmark -Dsurefire.failIfNoSpecifiedTests=false};
 * results go to {@code target/benchmarks/tenant-list.md} (reported in docs/benchmarks.md).
 */
class TenantListBenchmark extends ApiTestSupport {

    static final int TENANTS = 100_000;
    static final int PARTNERS = 1_000;
    static final int WARMUP = 30;
    static final int SAMPLES = 60;
    static final MongoServer STORE = startStore();

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        issuers.register(registry);
        registry.add("spring.mongodb.uri", () -> "mongodb://127.0.0.1:" + STORE.getLocalAddress().getPort() + "/bench");
    }

    @Test
    void listLatencyWith100kTenants() throws IOException {
        long seedStart = System.nanoTime();
        seed();
        Duration seeding = Duration.ofNanos(System.nanoTime() - seedStart);

        List<String> rows = new ArrayList<>();
        rows.add(measure("GET /tenants (first page, 25)", () -> operator().get("/tenants").expect(200).status()));
        rows.add(measure("GET /tenants?q=tenant-0424 (prefix search)",
                () -> operator().get("/tenants?q=tenant-0424").expect(200).status()));
        rows.add(measure("GET /tenants?status=suspended&plan=enterprise",
                () -> operator().get("/tenants?status=suspended&plan=enterprise").expect(200).status()));
        rows.add(measure("GET /tenants?partner=partner-0042&sort=name",
                () -> operator().get("/tenants?partner=partner-0042&sort=name").expect(200).status()));
        rows.add(measure("GET /partners (first page, 25, computed customers/MRR/payout)",
                () -> operator().get("/partners").expect(200).status()));

        String report = "Seeded " + TENANTS + " tenants and " + PARTNERS + " partners in " + seeding.toSeconds() + " s.\n\n"
                + "| request | p50 ms | p95 ms | max ms |\n|---|---:|---:|---:|\n" + String.join("\n", rows) + "\n";
        System.out.println(report);
        Path out = Path.of("target/benchmarks/tenant-list.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private void seed() {
        List<Document> partners = new ArrayList<>();
        for (int p = 0; p < PARTNERS; p++) {
            partners.add(new Document("slug", "partner-%04d".formatted(p)).append("name", "Partner " + p)
                    .append("nameKey", "partner " + p).append("domain", "partner-%04d.example".formatted(p))
                    .append("status", p % 10 == 0 ? "TERMINATED" : "ACTIVE").append("marginBasisPoints", 1000 + p % 1000)
                    .append("createdAt", Instant.now()).append("version", 0L));
        }
        mongo.getCollection("partners").insertMany(partners);
        List<ObjectId> partnerIds = mongo.getCollection("partners").distinct("_id", ObjectId.class).into(new ArrayList<>());
        String[] plans = {"starter", "business", "enterprise"};
        String[] statuses = {"ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "PENDING", "SUSPENDED", "DELETED"};
        Instant start = Instant.now().minus(Duration.ofDays(1000));
        List<Document> batch = new ArrayList<>();
        for (int t = 0; t < TENANTS; t++) {
            String slug = "tenant-%06d".formatted(t);
            Document tenant = new Document("slug", slug).append("name", "Tenant " + t).append("nameKey", "tenant " + t)
                    .append("status", statuses[t % statuses.length]).append("plan", plans[t % plans.length])
                    .append("seatCap", 5 + t % 200).append("domains", List.of(slug + ".example"))
                    .append("createdAt", start.plusSeconds(t * 800L)).append("updatedAt", start.plusSeconds(t * 800L))
                    .append("version", 0L);
            if (t % 3 == 0) {
                tenant.append("partnerId", partnerIds.get(t % partnerIds.size()).toString());
            }
            batch.add(tenant);
            if (batch.size() == 5_000) {
                mongo.getCollection("tenants").insertMany(batch);
                batch.clear();
            }
        }
    }

    private static String measure(String name, Supplier<Integer> request) {
        for (int i = 0; i < WARMUP; i++) {
            request.get();
        }
        long[] nanos = new long[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            long start = System.nanoTime();
            request.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return "| %s | %.1f | %.1f | %.1f |".formatted(name, ms(nanos[SAMPLES / 2]), ms(nanos[(int) (SAMPLES * 0.95)]),
                ms(nanos[SAMPLES - 1]));
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static MongoServer startStore() {
        try {
            Path file = Files.createTempDirectory("tenant-bench").resolve("mongo.mv");
            // Configured as devstack's EmbeddedMongo: H2 MVStore with a 128 MB page cache.
            MongoServer server = new MongoServer(new H2Backend(new MVStore.Builder().fileName(file.toString())
                    .cacheSize(128).open()));
            server.bind("127.0.0.1", 0);
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

}
