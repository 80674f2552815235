package com.dezky.platform.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.dezky.model.tenant.TenantStatus;
import com.dezky.platform.audit.AuditEvent;
import com.dezky.platform.testing.Api;
import com.dezky.platform.testing.ApiTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;

class TenantApiTest extends ApiTest {

    @Autowired
    TenantPurge tenants;

    @Test
    void createWhenValidThen201PendingWithLocationEtagAndOneAuditEvent() {
        String slug = uniqueSlug("acme");

        Api.Response created = operator().post("/tenants", Map.of("slug", slug, "name", "Acme GmbH", "plan", "business",
                "seatCap", 25, "domains", List.of("Mail." + slug + ".example"),
                "contactInfo", Map.of("name", "Ada", "email", "ada@acme.example"))).expect(201);

        assertThat(created.header("Location")).hasValue("/tenants/" + slug);
        assertThat(created.etag()).isEqualTo("\"0\"");
        JsonNode tenant = created.body();
        assertThat(tenant.get("status").asString()).isEqualTo("pending");
        assertThat(tenant.get("domains").get(0).asString()).isEqualTo("mail." + slug + ".example");
        assertThat(tenant.get("allowedActions").toString()).isEqualTo("[\"delete\",\"suspend\"]");
        assertThat(tenant.at("/mrr/amountMinor").asLong()).as("pending tenants are not billed").isZero();
        assertThat(auditActions(slug)).containsExactly("tenant.created");
        AuditEvent event = auditOf(slug).getFirst();
        assertThat(event.actor().email()).isEqualTo("ada@example.com");
        assertThat(event.actor().ip()).isEqualTo("127.0.0.1");
    }

    @Test
    void createRejectsInvalidFieldsNamingEachAndStoresNothing() {
        String slug = uniqueSlug("bad");
        Api.Response response = operator().post("/tenants", Map.of("slug", "-" + slug.toUpperCase(), "name", " ",
                "plan", "business", "seatCap", 0, "domains", List.of("not a host"))).expectProblem(400, "invalid-request");

        List<String> fields = new ArrayList<>();
        response.body().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        assertThat(fields).contains("slug", "name", "seatCap").anyMatch(field -> field.startsWith("domains"));
        assertThat(mongo.exists(query(where("slug").is("-" + slug.toUpperCase())), Tenant.class)).isFalse();
    }

    @Test
    void createRejectsUnknownPlanUnknownPartnerUnknownFieldAndReservedSlug() {
        String slug = uniqueSlug("odd");
        operator().post("/tenants", Map.of("slug", slug, "name", "Odd", "plan", "gold", "seatCap", 5))
                .expectProblem(400, "invalid-request");
        operator().post("/tenants", Map.of("slug", slug, "name", "Odd", "plan", "starter", "seatCap", 5,
                "partner", "no-such-partner")).expectProblem(400, "invalid-request");
        Api.Response unknownField = operator().post("/tenants", Map.of("slug", slug, "name", "Odd", "plan", "starter",
                "seatCap", 5, "owner", "me")).expectProblem(400, "invalid-request");
        assertThat(unknownField.body().get("detail").asString()).isEqualTo("Unknown field 'owner'.");
        operator().post("/tenants", Map.of("slug", slug + "-admins", "name", "Odd", "plan", "starter", "seatCap", 5))
                .expectProblem(400, "invalid-request");
        operator().post("/tenants", "{not json").expectProblem(400, "invalid-request");
        assertThat(mongo.exists(query(where("slug").regex("^" + slug)), Tenant.class)).isFalse();
    }

    @Test
    void concurrentCreatesOfSameSlugGiveExactlyOne201() throws Exception {
        String slug = uniqueSlug("race");
        List<Integer> statuses = concurrently(20, () -> operator().post("/tenants",
                Map.of("slug", slug, "name", "Race", "plan", "starter", "seatCap", 3)).status());

        assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(19);
        assertThat(mongo.count(query(where("slug").is(slug)), Tenant.class)).isEqualTo(1);
        assertThat(auditActions(slug)).containsExactly("tenant.created");
    }

    @Test
    void domainBelongsToOneTenantOnly() {
        String domain = uniqueSlug("shared") + ".example";
        create(uniqueSlug("first"), Map.of("domains", List.of(domain)));
        String second = uniqueSlug("second");

        operator().post("/tenants", Map.of("slug", second, "name", "Second", "plan", "starter", "seatCap", 3,
                "domains", List.of(domain.toUpperCase()))).expectProblem(409, "conflict");
        create(second, Map.of());
        operator().patch("/tenants/" + second, Map.of("domains", List.of(domain)), "\"0\"").expectProblem(409, "conflict");
    }

    @Test
    void patchWithoutIfMatchIs428AndWithStaleIfMatchIs412AndChangesNothing() {
        String slug = uniqueSlug("etag");
        String etag = create(slug, Map.of()).etag();
        operator().patch("/tenants/" + slug, Map.of("name", "Renamed"), etag).expect(200);

        operator().patch("/tenants/" + slug, Map.of("name", "Lost"), null).expectProblem(428, "precondition-required");
        Api.Response stale = operator().patch("/tenants/" + slug, Map.of("name", "Lost"), etag).expectProblem(412, "stale-write");

        assertThat(stale.body().get("currentEtag").asString()).isEqualTo("\"1\"");
        assertThat(operator().get("/tenants/" + slug).body().get("name").asString()).isEqualTo("Renamed");
    }

    @Test
    void patchChangesOnlyGivenFieldsAuditsBeforeAndAfterAndNullDetachesPartner() {
        String partner = uniqueSlug("reseller");
        operator().post("/partners", Map.of("slug", partner, "name", "Reseller", "domain", partner + ".example",
                "marginPct", 20)).expect(201);
        String slug = uniqueSlug("patch");
        String etag = create(slug, Map.of("partner", partner)).etag();

        Api.Response patched = operator().patch("/tenants/" + slug, Map.of("plan", "enterprise", "seatCap", 40), etag).expect(200);
        assertThat(patched.body().get("plan").asString()).isEqualTo("enterprise");
        assertThat(patched.body().get("name").asString()).isEqualTo("Tenant " + slug);
        assertThat(patched.body().at("/partner/slug").asString()).isEqualTo(partner);
        AuditEvent updated = auditOf(slug).getLast();
        assertThat(updated.action()).isEqualTo("tenant.updated");
        assertThat(updated.changes()).extracting(change -> change.field() + ":" + change.before() + "->" + change.after())
                .containsExactlyInAnyOrder("plan:business->enterprise", "seatCap:5->40");

        Map<String, Object> detach = new HashMap<>();
        detach.put("partner", null);
        Api.Response detached = operator().patch("/tenants/" + slug, detach, patched.etag()).expect(200);
        assertThat(detached.body().get("partner").isNull()).isTrue();
        assertThat(mongo.getCollection("tenants").find(new org.bson.Document("slug", slug)).first())
                .doesNotContainKey("partnerId");
    }

    @Test
    void patchRejectsSlugStatusAndBadValuesTogether() {
        String slug = uniqueSlug("fixed");
        String etag = create(slug, Map.of()).etag();

        Api.Response response = operator().patch("/tenants/" + slug, Map.of("slug", "other", "status", "active",
                "seatCap", -1, "contactInfo", Map.of("email", "not-an-email")), etag).expectProblem(400, "invalid-request");

        List<String> fields = new ArrayList<>();
        response.body().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("slug", "status", "seatCap", "contactInfo.email");
        assertThat(operator().get("/tenants/" + slug).etag()).isEqualTo(etag);
    }

    @Test
    void fiftyConcurrentPatchesWithSameIfMatchGiveExactlyOneSuccess() throws Exception {
        String slug = uniqueSlug("patch-race");
        String etag = create(slug, Map.of()).etag();

        List<Integer> statuses = concurrently(racers(slug, etag));

        assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
        assertThat(statuses).filteredOn(status -> status == 412).hasSize(49);
        assertThat(operator().get("/tenants/" + slug).etag()).isEqualTo("\"1\"");
        assertThat(auditActions(slug)).containsExactly("tenant.created", "tenant.updated");
    }

    private List<Callable<Integer>> racers(String slug, String etag) {
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int seats = 100 + i;
            calls.add(() -> operator().patch("/tenants/" + slug, Map.of("seatCap", seats), etag).status());
        }
        return calls;
    }

    @Test
    void lifecycleThroughTheApiWithReasonsAndConflicts() {
        String slug = uniqueSlug("life");
        create(slug, Map.of());
        mongo.updateFirst(query(where("slug").is(slug)), Update.update("status", TenantStatus.ACTIVE), Tenant.class);

        operator().post("/tenants/" + slug + "/suspend", Map.of()).expectProblem(400, "invalid-request");
        Api.Response suspended = operator().post("/tenants/" + slug + "/suspend", Map.of("reason", "Unpaid invoice 2026-11"))
                .expect(200);
        assertThat(suspended.body().get("status").asString()).isEqualTo("suspended");
        assertThat(suspended.body().get("suspendedReason").asString()).isEqualTo("Unpaid invoice 2026-11");

        Api.Response conflict = operator().post("/tenants/" + slug + "/suspend", Map.of("reason", "again"))
                .expectProblem(409, "illegal-transition");
        assertThat(conflict.body().get("allowedActions").toString()).isEqualTo("[\"delete\",\"resume\"]");

        assertThat(operator().post("/tenants/" + slug + "/resume", null).expect(200).body().get("status").asString())
                .isEqualTo("active");
        Api.Response deleted = operator().delete("/tenants/" + slug).expect(200);
        assertThat(deleted.body().get("status").asString()).isEqualTo("deleted");
        assertThat(Instant.parse(deleted.body().get("purgeAfter").asString()))
                .isAfter(Instant.now().plusSeconds(29L * 24 * 3600));
        assertThat(operator().post("/tenants/" + slug + "/restore", null).expect(200).body().get("status").asString())
                .isEqualTo("active");

        AuditEvent suspendEvent = auditOf(slug).stream().filter(e -> e.action().equals("tenant.suspended")).findFirst()
                .orElseThrow();
        assertThat(suspendEvent.reason()).isEqualTo("Unpaid invoice 2026-11");
        assertThat(auditActions(slug)).containsExactly("tenant.created", "tenant.suspended", "tenant.resumed",
                "tenant.deleted", "tenant.restored");
    }

    @Test
    void purgeRemovesTenantsPastGracePeriodOnceAndLeavesOthers() {
        String expired = uniqueSlug("expired");
        String recent = uniqueSlug("recent");
        create(expired, Map.of());
        create(recent, Map.of());
        operator().delete("/tenants/" + expired).expect(200);
        operator().delete("/tenants/" + recent).expect(200);
        mongo.updateFirst(query(where("slug").is(expired)), Update.update("purgeAfter", Instant.now().minusSeconds(1)),
                Tenant.class);

        int first = tenants.purgeExpired();
        int second = tenants.purgeExpired();

        assertThat(first).isGreaterThanOrEqualTo(1);
        assertThat(second).isZero();
        operator().get("/tenants/" + expired).expectProblem(404, "not-found");
        operator().get("/tenants/" + recent).expect(200);
        assertThat(auditActions(expired)).containsExactly("tenant.created", "tenant.deleted", "tenant.purged");
        assertThat(auditOf(expired).getLast().actor().email()).isEqualTo("system");
    }

    @Test
    void listPagesSearchesFiltersAndCountsStatuses() {
        String prefix = uniqueSlug("list");
        for (int i = 0; i < 7; i++) {
            create(prefix + "-" + i, Map.of("plan", i % 2 == 0 ? "starter" : "enterprise"));
        }
        operator().post("/tenants/" + prefix + "-0/suspend", Map.of("reason", "test")).expect(200);

        JsonNode all = operator().get("/tenants?q=" + prefix + "&size=3&sort=slug").expect(200).body();
        assertThat(all.at("/page/totalItems").asLong()).isEqualTo(7);
        assertThat(all.at("/page/items").size()).isEqualTo(3);
        assertThat(all.at("/page/items/0/slug").asString()).isEqualTo(prefix + "-0");
        assertThat(all.at("/statusCounts/pending").asLong()).isEqualTo(6);
        assertThat(all.at("/statusCounts/suspended").asLong()).isEqualTo(1);

        JsonNode page3 = operator().get("/tenants?q=" + prefix + "&size=3&page=2&sort=slug").body();
        assertThat(page3.at("/page/items").size()).isEqualTo(1);
        assertThat(page3.at("/page/items/0/slug").asString()).isEqualTo(prefix + "-6");

        JsonNode suspended = operator().get("/tenants?q=" + prefix + "&status=suspended").body();
        assertThat(suspended.at("/page/totalItems").asLong()).isEqualTo(1);
        assertThat(suspended.at("/statusCounts/pending").asLong()).as("chips ignore the status filter").isEqualTo(6);

        JsonNode enterprise = operator().get("/tenants?q=" + prefix.toUpperCase() + "&plan=enterprise").body();
        assertThat(enterprise.at("/page/totalItems").asLong()).isEqualTo(3);

        operator().get("/tenants?sort=password").expectProblem(400, "invalid-request");
        operator().get("/tenants?status=gone").expectProblem(400, "invalid-request");
        operator().get("/tenants?size=1000").expectProblem(400, "invalid-request");
    }

    @Test
    void oversizedBodyIs413AndStoresNothing() {
        String slug = uniqueSlug("huge");
        operator().post("/tenants", Map.of("slug", slug, "name", "x".repeat(300_000), "plan", "starter", "seatCap", 1))
                .expectProblem(413, "payload-too-large");
        assertThat(mongo.exists(query(where("slug").is(slug)), Tenant.class)).isFalse();
    }

    @Test
    void unknownTenantIs404ForOperators() {
        operator().get("/tenants/" + uniqueSlug("nobody")).expectProblem(404, "not-found");
        operator().patch("/tenants/" + uniqueSlug("nobody"), Map.of("name", "x"), "\"0\"").expectProblem(404, "not-found");
        operator().post("/tenants/" + uniqueSlug("nobody") + "/resume", null).expectProblem(404, "not-found");
    }

    private Api.Response create(String slug, Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>(Map.of("slug", slug, "name", "Tenant " + slug, "plan", "business",
                "seatCap", 5));
        body.putAll(overrides);
        return operator().post("/tenants", body).expect(201);
    }

    private List<AuditEvent> auditOf(String slug) {
        return mongo.find(query(where("tenant").is(slug)).with(Sort.by("seq")), AuditEvent.class);
    }

    private List<String> auditActions(String slug) {
        return auditOf(slug).stream().map(AuditEvent::action).toList();
    }

    static List<Integer> concurrently(int count, Callable<Integer> call) throws Exception {
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            calls.add(call);
        }
        return concurrently(calls);
    }

    /** Runs the calls at once: every thread waits at a gate until all are ready. */
    static List<Integer> concurrently(List<Callable<Integer>> calls) throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<Integer>> futures = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(Math.min(calls.size(), 16))) {
            for (Callable<Integer> call : calls) {
                futures.add(pool.submit(() -> {
                    gate.await();
                    return call.call();
                }));
            }
            gate.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> future : futures) {
                statuses.add(future.get());
            }
            return statuses;
        }
    }
}
