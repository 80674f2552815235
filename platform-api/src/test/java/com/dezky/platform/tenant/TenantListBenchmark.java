package com.dezky.platform.tenant;

import com.dezky.embedded.EmbeddedMongoStore;
import com.dezky.model.search.SearchTerms;
import com.dezky.platform.testing.ApiTestSupport;
import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Data-scale benchmark, not a test: 1k, then 10k, then 100k tenants (and 1k partners) in the local
 * stack's embedded store (H2-backed, {@link EmbeddedMongoStore}), and at each size the latency of the list endpoints over real
 * HTTP. Tenant names are made of family names, trades and legal forms, so that a search word
 * matches a realistic share of them. Run it with
 * {@code ./mvnw -pl platform-api -am test -Dtest=TenantListBenchmark -Dsurefire.failIfNoSpecifiedTests=false};
 * results go to {@code target/benchmarks/tenant-list.md} (reported in docs/benchmarks.md).
 */
class TenantListBenchmark extends ApiTestSupport {

    static final int[] SIZES = {1_000, 10_000, 100_000};
    static final int PARTNERS = 1_000;
    static final int WARMUP = 30;
    static final int SAMPLES = 60;
    static final MongoServer STORE = startStore();
    static final String[] FAMILIES = {"Möller", "Kessler", "Schmidt", "Weber", "Wagner", "Becker", "Hoffmann",
            "Schäfer", "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun",
            "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Meier", "Lehmann", "Schmid",
            "Schulze", "Maier", "Köhler", "Herrmann", "König", "Walter", "Mayer", "Huber", "Kaiser", "Fuchs", "Peters",
            "Lang", "Scholz", "Möller", "Weiß", "Jung", "Hahn", "Vogel", "Friedrich", "Keller", "Günther", "Frank",
            "Berger"};
    static final String[] TRADES = {"Architekten", "Logistik", "Zahnarztpraxis", "Steuerberatung", "Immobilien",
            "Bau", "Elektrotechnik", "Gartenbau", "Kanzlei", "Physiotherapie", "Druckerei", "Maschinenbau", "Reisen",
            "Catering", "Versicherungen", "Autohaus", "Optik", "Bäckerei", "Medien", "Software"};
    static final String[] FORMS = {"GmbH", "KG", "AG", "& Partner", "e.K."};

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        register(registry, "bench");
        // The H2-backed store below instead of the tests' in-memory one.
        registry.add("spring.mongodb.uri", () -> "mongodb://127.0.0.1:" + STORE.getLocalAddress().getPort() + "/bench");
    }

    @Autowired
    Tenants tenants;

    @Test
    void listLatencyAt1kTo100kTenants() throws IOException {
        seedPartners();
        Map<String, List<String>> cells = new LinkedHashMap<>();
        List<String> seeding = new ArrayList<>();
        int seeded = 0;
        for (int size : SIZES) {
            long seedStart = System.nanoTime();
            seedTenants(seeded, size);
            seeded = size;
            tenants.recount();
            seeding.add("%,d in %d s".formatted(size, Duration.ofNanos(System.nanoTime() - seedStart).toSeconds()));
            measure(cells, "GET /tenants (first page of 25, status counts)", "/tenants");
            measure(cells, "GET /tenants?status=suspended", "/tenants?status=suspended");
            measure(cells, "GET /tenants?q=logistik (one word, 1 in 20)", "/tenants?q=logistik");
            measure(cells, "GET /tenants?q=moller%20archi (two words, 1 in 500)", "/tenants?q=moller%20archi");
            measure(cells, "GET /tenants?status=suspended&plan=enterprise", "/tenants?status=suspended&plan=enterprise");
            measure(cells, "GET /tenants?partner=partner-0042&sort=name", "/tenants?partner=partner-0042&sort=name");
            measure(cells, "GET /partners (first page of 25, customers, MRR, payout)", "/partners");
        }

        StringBuilder report = new StringBuilder("Seeded (cumulative): " + String.join(", ", seeding) + "; "
                + PARTNERS + " partners.\n\n| request |");
        StringBuilder rule = new StringBuilder("|---|");
        for (int size : SIZES) {
            report.append(" %s p50 ms | %s p95 ms |".formatted(label(size), label(size)));
            rule.append("---:|---:|");
        }
        report.append("\n").append(rule).append("\n");
        cells.forEach((name, values) -> report.append("| ").append(name).append(" | ")
                .append(String.join(" | ", values)).append(" |\n"));
        System.out.println(report);
        Path out = Path.of("target/benchmarks/tenant-list.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private void seedPartners() {
        List<Document> partners = new ArrayList<>();
        for (int p = 0; p < PARTNERS; p++) {
            String slug = "partner-%04d".formatted(p);
            String name = "Partner " + p;
            String domain = slug + ".example";
            partners.add(new Document("slug", slug).append("name", name).append("nameKey", name.toLowerCase())
                    .append("domain", domain).append("searchTerms", SearchTerms.of(slug, name, domain))
                    .append("status", p % 10 == 0 ? "TERMINATED" : "ACTIVE").append("marginBasisPoints", 1000 + p % 1000)
                    .append("createdAt", Instant.now()).append("version", 0L));
        }
        mongo.getCollection("partners").insertMany(partners);
    }

    private void seedTenants(int from, int to) {
        List<ObjectId> partnerIds = mongo.getCollection("partners").distinct("_id", ObjectId.class).into(new ArrayList<>());
        String[] plans = {"starter", "business", "enterprise"};
        String[] statuses = {"ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "PENDING", "SUSPENDED", "DELETED"};
        Instant start = Instant.now().minus(Duration.ofDays(1000));
        List<Document> batch = new ArrayList<>();
        for (int t = from; t < to; t++) {
            String slug = "tenant-%06d".formatted(t);
            String name = FAMILIES[t % FAMILIES.length] + " " + TRADES[(t / FAMILIES.length) % TRADES.length] + " "
                    + FORMS[t % FORMS.length];
            String domain = slug + ".example";
            Document tenant = new Document("slug", slug).append("name", name).append("nameKey", name.toLowerCase())
                    .append("searchTerms", SearchTerms.of(slug, name, domain))
                    .append("status", statuses[t % statuses.length]).append("plan", plans[t % plans.length])
                    .append("seatCap", 5 + t % 200).append("domains", List.of(domain))
                    .append("createdAt", start.plusSeconds(t * 800L)).append("updatedAt", start.plusSeconds(t * 800L))
                    .append("version", 0L);
            if (t % 3 == 0) {
                tenant.append("partnerId", partnerIds.get(t % partnerIds.size()).toString());
            }
            batch.add(tenant);
            if (batch.size() == 5_000 || t == to - 1) {
                mongo.getCollection("tenants").insertMany(batch);
                batch.clear();
            }
        }
    }

    private void measure(Map<String, List<String>> cells, String name, String path) {
        long[] nanos = sample(() -> operator().get(path).expect(200).status());
        cells.computeIfAbsent(name, n -> new ArrayList<>()).add("%.1f | %.1f".formatted(ms(nanos[SAMPLES / 2]),
                ms(nanos[(int) (SAMPLES * 0.95)])));
    }

    private static String label(int size) {
        return size >= 1000 ? size / 1000 + "k" : String.valueOf(size);
    }

    private static long[] sample(Supplier<Integer> request) {
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
        return nanos;
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static MongoServer startStore() {
        try {
            Path file = Files.createTempDirectory("tenant-bench").resolve("mongo.mv");
            // The local stack's store, on a file as devstack runs it.
            MongoServer server = EmbeddedMongoStore.onFile(file);
            server.bind("127.0.0.1", 0);
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

}
