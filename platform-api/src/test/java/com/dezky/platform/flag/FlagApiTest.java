package com.dezky.platform.flag;

import static org.assertj.core.api.Assertions.assertThat;

import com.dezky.model.flag.FlagEvaluator;
import com.dezky.model.flag.FlagRule;
import com.dezky.model.flag.FlagScope;
import com.dezky.model.flag.FlagState;
import com.dezky.model.flag.FlagSubject;
import com.dezky.model.tenant.TenantStatus;
import com.dezky.platform.tenant.TenantFixtures;
import com.dezky.platform.testing.Api;
import com.dezky.platform.testing.ApiTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class FlagApiTest extends ApiTest {

    @Test
    void createThenEveryoneSignedInReadsItWithHistoryAndOneAuditEvent() {
        String key = flagKey();

        Api.Response created = operator().post("/flags", Map.of("key", key, "description", "New JMAP client",
                "state", "rollout", "pct", 10, "reason", "Start small")).expect(201);

        assertThat(created.header("Location")).hasValue("/flags/" + key);
        JsonNode flag = operator().get("/flags/" + key).expect(200).body();
        assertThat(flag.get("state").asString()).isEqualTo("rollout");
        assertThat(flag.get("pct").asInt()).isEqualTo(10);
        assertThat(flag.at("/history/0/actor").asString()).isEqualTo("ada@example.com");
        assertThat(flag.at("/history/0/reason").asString()).isEqualTo("Start small");
        assertThat(operator().get("/audit?action=flag.created&target=" + key).body().get("totalItems").asLong()).isEqualTo(1);
        assertThat(flag.get("audience").asString()).isEqualTo("internal");
    }

    @Test
    void customersSeeOnlyTheFlagsShownToThemByTheirCustomerName() {
        String internal = flagKey();
        String shown = flagKey();
        operator().post("/flags", Map.of("key", internal, "description", "Billing engine rewrite")).expect(201);
        operator().post("/flags", Map.of("key", shown, "description", "JMAP v2 client", "audience", "customer",
                "customerName", "Faster mail", "customerDescription", "Mail opens in half the time.")).expect(201);

        JsonNode listed = portalUser("anyone", List.of()).get("/flags").expect(200).body();
        assertThat(listed.findValuesAsString("key")).contains(shown).doesNotContain(internal);
        assertThat(listed.toString()).contains("Faster mail", "Mail opens in half the time.");
        portalUser("anyone", List.of()).get("/flags/" + internal).expectProblem(404, "not-found");
        assertThat(operator().get("/flags").body().findValuesAsString("key")).contains(internal, shown);
    }

    @Test
    void aFlagShownToCustomersNeedsANameForThemAndMovesBackByPatch() {
        String key = flagKey();
        operator().post("/flags", Map.of("key", key, "audience", "customer")).expectProblem(400, "invalid-request");
        operator().post("/flags", Map.of("key", key, "audience", "everyone", "customerName", "x"))
                .expectProblem(400, "invalid-request");
        assertThat(operator().get("/flags").body().findValuesAsString("key")).doesNotContain(key);

        Api.Response created = operator().post("/flags", Map.of("key", key)).expect(201);
        Api.Response shown = operator().patch("/flags/" + key, Map.of("audience", "customer", "customerName", "Early mail"),
                created.etag()).expect(200);
        assertThat(shown.body().get("customerName").asString()).isEqualTo("Early mail");
        assertThat(portalUser("anyone", List.of()).get("/flags").body().findValuesAsString("key")).contains(key);
        assertThat(operator().get("/audit?action=flag.updated&target=" + key).body().toString())
                .contains("audience", "customer");

        operator().patch("/flags/" + key, Map.of("audience", "internal"), shown.etag()).expect(200);
        assertThat(portalUser("anyone", List.of()).get("/flags").body().findValuesAsString("key")).doesNotContain(key);
    }

    @Test
    void customersSeeTheRuleButNeitherHistoryNorOtherCustomersNames() {
        String key = flagKey();
        operator().post("/flags", Map.of("key", key, "state", "targeted", "reason", "Pilot for two customers",
                "audience", "customer", "customerName", "Trial feature",
                "scope", Map.of("plans", List.of("business"), "tenantSlugs", List.of("secret-customer"),
                        "partnerSlugs", List.of("secret-partner")))).expect(201);

        JsonNode seen = portalUser("anyone", List.of()).get("/flags/" + key).expect(200).body();

        assertThat(seen.get("state").asString()).isEqualTo("targeted");
        assertThat(seen.at("/scope/plans/0").asString()).isEqualTo("business");
        assertThat(seen.toString()).doesNotContain("secret-customer").doesNotContain("secret-partner")
                .doesNotContain("ada@example.com").doesNotContain("Pilot");
        assertThat(portalUser("anyone", List.of()).get("/flags").body().toString()).doesNotContain("secret-customer");
    }

    @Test
    void rejectsBadKeyStatePctScopeAndDuplicates() {
        operator().post("/flags", Map.of("key", "Bad-Key")).expectProblem(400, "invalid-request");
        operator().post("/flags", Map.of("key", flagKey(), "state", "maybe")).expectProblem(400, "invalid-request");
        operator().post("/flags", Map.of("key", flagKey(), "pct", 101)).expectProblem(400, "invalid-request");
        operator().post("/flags", Map.of("key", flagKey(), "scope", Map.of("tenantSlugs", List.of("NOT A SLUG"))))
                .expectProblem(400, "invalid-request");
        String key = flagKey();
        operator().post("/flags", Map.of("key", key)).expect(201);
        operator().post("/flags", Map.of("key", key)).expectProblem(409, "conflict");
    }

    @Test
    void patchNeedsIfMatchKeepsHistoryNewestFirstAndAuditsTheExactImpact() {
        String key = flagKey();
        String etag = operator().post("/flags", Map.of("key", key)).expect(201).etag();

        operator().patch("/flags/" + key, Map.of("state", "on"), null).expectProblem(428, "precondition-required");
        operator().patch("/flags/" + key, Map.of("key", "renamed"), etag).expectProblem(400, "invalid-request");
        Api.Response patched = operator().patch("/flags/" + key, Map.of("state", "rollout", "pct", 25,
                "reason", "Widen the rollout"), etag).expect(200);
        operator().patch("/flags/" + key, Map.of("pct", 50), etag).expectProblem(412, "stale-write");

        JsonNode history = patched.body().get("history");
        assertThat(history.size()).isEqualTo(2);
        assertThat(history.at("/0/after").asString()).startsWith("rollout 25%");
        assertThat(history.at("/0/before").asString()).startsWith("off 0%");
        JsonNode event = operator().get("/audit?action=flag.updated&target=" + key).body().at("/items/0");
        assertThat(event.get("reason").asString()).isEqualTo("Widen the rollout");
        long expectedOn = expectedOn(new FlagRule(key, FlagState.ROLLOUT, 25, FlagScope.EVERYONE));
        assertThat(event.at("/details/turnedOn").asLong()).isEqualTo(expectedOn);
        assertThat(event.at("/details/turnedOff").asLong()).isZero();
    }

    @Test
    void killSwitchIsOnePatchAndTurnsEveryTenantOff() {
        String key = flagKey();
        String etag = operator().post("/flags", Map.of("key", key, "state", "on")).expect(201).etag();
        String tenant = uniqueSlug("kill");
        TenantFixtures.insert(mongo, tenant, TenantStatus.ACTIVE, "business", 5, null);
        assertThat(operator().post("/flags/evaluate", Map.of("tenantSlug", tenant)).body().get(key).asBoolean()).isTrue();

        operator().patch("/flags/" + key, Map.of("state", "off", "pct", 0), etag).expect(200);

        assertThat(operator().post("/flags/evaluate", Map.of("tenantSlug", tenant)).body().get(key).asBoolean()).isFalse();
    }

    @Test
    void historyKeepsTheLastTwentyChanges() {
        String key = flagKey();
        String etag = operator().post("/flags", Map.of("key", key, "state", "rollout")).expect(201).etag();
        for (int pct = 1; pct <= 25; pct++) {
            etag = operator().patch("/flags/" + key, Map.of("pct", pct), etag).expect(200).etag();
        }

        JsonNode history = operator().get("/flags/" + key).body().get("history");
        assertThat(history.size()).isEqualTo(20);
        assertThat(history.at("/0/after").asString()).startsWith("rollout 25%");
    }

    @Test
    void impactListsExactlyTheTenantsBruteForceEvaluationTurnsOnAndOff() {
        String partnerSlug = uniqueSlug("impact-partner");
        String partnerId = operator().post("/partners", Map.of("slug", partnerSlug, "name", "P",
                "domain", partnerSlug + ".example", "marginPct", 5)).expect(201).body().get("id").asString();
        String[] plans = {"starter", "business", "enterprise"};
        for (int i = 0; i < 30; i++) {
            TenantFixtures.insert(mongo, uniqueSlug("impact"), i % 7 == 0 ? TenantStatus.DELETED : TenantStatus.ACTIVE,
                    plans[i % 3], 5, i % 2 == 0 ? partnerId : null);
        }
        String key = flagKey();
        String etag = operator().post("/flags", Map.of("key", key, "state", "rollout", "pct", 30)).expect(201).etag();
        FlagRule current = new FlagRule(key, FlagState.ROLLOUT, 30, FlagScope.EVERYONE);
        FlagScope scope = new FlagScope(Set.of("business", "enterprise"), Set.of(), Set.of(partnerSlug), Set.of());
        FlagRule proposed = new FlagRule(key, FlagState.ROLLOUT, 60, scope);

        JsonNode impact = operator().post("/flags/" + key + "/impact?size=500", Map.of("state", "rollout", "pct", 60,
                "scope", Map.of("plans", List.of("business", "enterprise"), "partnerSlugs", List.of(partnerSlug))))
                .expect(200).body();

        Set<String> turnOn = new TreeSet<>();
        Set<String> turnOff = new TreeSet<>();
        long total = 0;
        for (FlagSubject tenant : livingTenantsFromTheApi()) {
            total++;
            boolean before = FlagEvaluator.isOn(current, tenant);
            boolean after = FlagEvaluator.isOn(proposed, tenant);
            if (!before && after) {
                turnOn.add(tenant.tenantSlug());
            } else if (before && !after) {
                turnOff.add(tenant.tenantSlug());
            }
        }
        assertThat(impact.get("tenants").asLong()).isEqualTo(total);
        assertThat(slugs(impact.at("/turnOn/tenantSlugs"))).containsExactlyElementsOf(turnOn);
        assertThat(slugs(impact.at("/turnOff/tenantSlugs"))).containsExactlyElementsOf(turnOff);
        assertThat(impact.at("/turnOn/count").asLong()).isEqualTo(turnOn.size());
        assertThat(operator().get("/flags/" + key).etag()).as("impact changes nothing").isEqualTo(etag);
    }

    @Test
    void evaluateAnswersForOwnTenantOnly() {
        String tenant = uniqueSlug("evaluated");
        TenantFixtures.insert(mongo, tenant, TenantStatus.ACTIVE, "business", 5, null);
        String key = flagKey();
        operator().post("/flags", Map.of("key", key, "state", "targeted",
                "scope", Map.of("tenantSlugs", List.of(tenant)))).expect(201);

        JsonNode values = portalUser("member", List.of("dezky-tenant-" + tenant)).post("/flags/evaluate",
                Map.of("tenantSlug", tenant)).expect(200).body();
        assertThat(values.get(key).asBoolean()).isTrue();
        portalUser("outsider", List.of("dezky-tenant-elsewhere")).post("/flags/evaluate", Map.of("tenantSlug", tenant))
                .expectProblem(403, "forbidden");
    }

    @Test
    void onlyOperatorsChangeFlagsAndSeeImpact() {
        String key = flagKey();
        operator().post("/flags", Map.of("key", key)).expect(201);
        operatorWithoutAdmin().post("/flags", Map.of("key", flagKey())).expectProblem(403, "forbidden");
        as(issuers.portalAdmin("pat")).patch("/flags/" + key, Map.of("state", "on"), "\"0\"").expectProblem(403, "forbidden");
        as(issuers.portalAdmin("pat")).post("/flags/" + key + "/impact", Map.of("state", "on", "pct", 0))
                .expectProblem(403, "forbidden");
        operatorWithoutAdmin().delete("/flags/" + key).expectProblem(403, "forbidden");
    }

    @Test
    void deleteRemovesTheFlagAndAuditsIt() {
        String key = flagKey();
        operator().post("/flags", Map.of("key", key, "state", "on")).expect(201);

        operator().delete("/flags/" + key).expect(204);

        operator().get("/flags/" + key).expectProblem(404, "not-found");
        assertThat(operator().get("/audit?action=flag.deleted&target=" + key).body().get("totalItems").asLong()).isEqualTo(1);
    }

    private long expectedOn(FlagRule rule) {
        return livingTenantsFromTheApi().stream().filter(tenant -> FlagEvaluator.isOn(rule, tenant)).count();
    }

    /** Every tenant that is not deleted, read through the public API, as a flag subject. */
    private List<FlagSubject> livingTenantsFromTheApi() {
        List<FlagSubject> subjects = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode list = operator().get("/tenants?size=200&sort=slug&page=" + page).expect(200).body();
            for (JsonNode tenant : list.at("/page/items")) {
                if (!tenant.get("status").asString().equals("deleted")) {
                    subjects.add(new FlagSubject(tenant.get("id").asString(), tenant.get("slug").asString(),
                            tenant.get("plan").asString(),
                            tenant.get("partner").isNull() ? null : tenant.at("/partner/slug").asString(), "local"));
                }
            }
            if (list.at("/page/items").size() < 200) {
                return subjects;
            }
        }
    }

    private static List<String> slugs(JsonNode array) {
        List<String> slugs = new ArrayList<>();
        array.forEach(slug -> slugs.add(slug.asString()));
        return slugs;
    }

    private static String flagKey() {
        return "flag_" + uniqueSlug("k").replace('-', '_');
    }
}
