package com.dezky.platform.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.dezky.model.tenant.TenantStatus;
import com.dezky.platform.testing.Api;
import com.dezky.platform.testing.ApiTestSupport;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The status counts beside the tenant list come from counters that the tenant events keep; after
 * every kind of change they equal a count of the tenants themselves. A database of its own, since
 * the counters cover every tenant in it.
 */
class TenantCountsTest extends ApiTestSupport {

    @Autowired
    Tenants tenants;
    @Autowired
    TenantCounts counts;
    @Autowired
    TenantPurge purge;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        register(registry, "tenant-counts");
    }

    @BeforeEach
    void empty() {
        tenants.deleteAll();
        tenants.recount();
    }

    @Test
    void everyKindOfChangeMovesTheTenantBetweenCountersAsARecountWould() {
        String partner = uniqueSlug("reseller");
        operator().post("/partners", Map.of("slug", partner, "name", "Reseller", "domain", partner + ".example",
                "marginPct", 20)).expect(201);
        String direct = create("direct", Map.of("plan", "starter"));
        String resold = create("resold", Map.of("partner", partner));
        String doomed = create("doomed", Map.of());
        assertThat(statusCounts("/tenants")).containsEntry("pending", 3L).containsEntry("active", 0L);

        operator().post("/tenants/" + direct + "/suspend", Map.of("reason", "unpaid")).expect(200);
        Api.Response current = operator().get("/tenants/" + resold).expect(200);
        operator().patch("/tenants/" + resold, Map.of("plan", "enterprise", "seatCap", 40), current.etag()).expect(200);
        String partnerId = tenants.findBySlug(resold).orElseThrow().getPartnerId();
        assertThat(tenants.livingByPartnerPlanAndStatus(List.of(partnerId)))
                .containsExactly(new TenantQueries.Group(partnerId, "enterprise", TenantStatus.PENDING, 1, 40));
        operator().delete("/tenants/" + doomed).expect(200);

        assertThat(statusCounts("/tenants")).containsEntry("pending", 1L).containsEntry("suspended", 1L)
                .containsEntry("deleted", 1L);
        assertThat(statusCounts("/tenants?plan=enterprise")).containsEntry("pending", 1L);
        assertThat(statusCounts("/tenants?plan=business")).containsEntry("pending", 0L).containsEntry("deleted", 1L);
        assertThat(statusCounts("/tenants?partner=" + partner)).containsEntry("pending", 1L);
        assertThat(statusCounts("/tenants?partner=" + partner + "&plan=business")).containsEntry("pending", 0L);
        assertThat(operator().get("/tenants?status=suspended").expect(200).body().at("/page/totalItems").asLong())
                .isEqualTo(1);

        Map<String, Object> detach = new HashMap<>();
        detach.put("partner", null);
        operator().patch("/tenants/" + resold, detach, operator().get("/tenants/" + resold).etag()).expect(200);
        assertThat(statusCounts("/tenants?partner=" + partner)).containsEntry("pending", 0L);

        mongo.updateFirst(query(where("slug").is(doomed)), Update.update("purgeAfter", Instant.now().minusSeconds(1)),
                Tenant.class);
        assertThat(purge.purgeExpired()).isEqualTo(1);
        assertThat(statusCounts("/tenants")).containsEntry("deleted", 0L);

        assertCountersEqualARecount(null, "starter", "business", "enterprise");
        assertThat(tenants.countedByPlan().get("starter")).containsEntry(TenantStatus.SUSPENDED, 1L);
    }

    @Test
    void concurrentCreationsAreEachCountedOnce() throws Exception {
        List<Integer> statuses = TenantApiTest.concurrently(IntStream.range(0, 8).<java.util.concurrent.Callable<Integer>>mapToObj(
                i -> () -> operator().post("/tenants", Map.of("slug", uniqueSlug("burst"), "name", "Burst " + i,
                        "plan", "business", "seatCap", 5)).status()).toList());

        assertThat(statuses).containsOnly(201);
        assertThat(statusCounts("/tenants")).containsEntry("pending", 8L);
        assertCountersEqualARecount(null, "business");
    }

    @Test
    void countersMissingAtStartAreBuiltFromTheTenants() {
        create("before-counters", Map.of());
        mongo.dropCollection(TenantQueriesImpl.COUNTS);
        assertThat(tenants.counted()).isFalse();

        counts.buildIfMissing();

        assertThat(tenants.counted()).isTrue();
        assertThat(statusCounts("/tenants")).containsEntry("pending", 1L);
    }

    @Test
    void aSearchCountsItsMatchesNotTheCounters() {
        create("kessler", Map.of("name", "Kessler Architekten"));
        create("moller", Map.of("name", "Möller Logistik"));

        assertThat(statusCounts("/tenants?q=architekten")).containsEntry("pending", 1L);
        assertThat(statusCounts("/tenants?q=MOLLER")).containsEntry("pending", 1L);
        assertThat(statusCounts("/tenants?q=zahnarzt")).containsEntry("pending", 0L);
    }

    private void assertCountersEqualARecount(String partnerId, String... plans) {
        List<TenantQueries.Group> living = tenants.livingByPartnerPlanAndStatus(null);
        Map<TenantStatus, Long> all = tenants.countedStatuses(null, partnerId);
        Map<String, Map<TenantStatus, Long>> byPlan = new HashMap<>();
        for (String plan : plans) {
            byPlan.put(plan, tenants.countedStatuses(plan, partnerId));
        }
        tenants.recount();
        assertThat(tenants.livingByPartnerPlanAndStatus(null)).containsExactlyInAnyOrderElementsOf(living);
        assertThat(tenants.countedStatuses(null, partnerId)).isEqualTo(all);
        byPlan.forEach((plan, counted) -> assertThat(tenants.countedStatuses(plan, partnerId)).as(plan).isEqualTo(counted));
    }

    private Map<String, Long> statusCounts(String path) {
        JsonNode counts = operator().get(path).expect(200).body().get("statusCounts");
        Map<String, Long> byStatus = new HashMap<>();
        counts.properties().forEach(entry -> byStatus.put(entry.getKey(), entry.getValue().asLong()));
        return byStatus;
    }

    private String create(String prefix, Map<String, Object> overrides) {
        String slug = uniqueSlug(prefix);
        Map<String, Object> body = new HashMap<>(Map.of("slug", slug, "name", "Tenant " + slug, "plan", "business",
                "seatCap", 5));
        body.putAll(overrides);
        operator().post("/tenants", body).expect(201);
        return slug;
    }
}
