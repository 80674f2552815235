package com.dezky.platform.partner;

import static org.assertj.core.api.Assertions.assertThat;

import com.dezky.model.tenant.TenantStatus;
import com.dezky.platform.tenant.TenantFixtures;
import com.dezky.platform.testing.Api;
import com.dezky.platform.testing.ApiTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PartnerApiTest extends ApiTest {

    @Test
    void createsPartnerInNegotiationWithMarginAndContact() {
        String slug = uniqueSlug("reseller");

        JsonNode partner = operator().post("/partners", Map.of("slug", slug, "name", "Reseller AG",
                "domain", "Reseller.example", "marginPct", 12.5, "partnershipStartedAt", "2026-01-15",
                "contactInfo", Map.of("primaryName", "Grace", "primaryEmail", "grace@reseller.example")))
                .expect(201).body();

        assertThat(partner.get("status").asString()).isEqualTo("in-negotiation");
        assertThat(partner.get("marginPct").decimalValue()).isEqualByComparingTo("12.5");
        assertThat(partner.get("domain").asString()).isEqualTo("reseller.example");
        assertThat(partner.get("customers").asLong()).isZero();
        assertThat(partner.at("/mrr/amountMinor").asLong()).isZero();
    }

    @Test
    void rejectsMarginOutsideZeroToHundredOrWithMoreThanTwoDecimalsAndDuplicateSlug() {
        String slug = uniqueSlug("margin");
        operator().post("/partners", Map.of("slug", slug, "name", "M", "domain", "m.example", "marginPct", 100.5))
                .expectProblem(400, "invalid-request");
        operator().post("/partners", Map.of("slug", slug, "name", "M", "domain", "m.example", "marginPct", 10.125))
                .expectProblem(400, "invalid-request");
        operator().post("/partners", Map.of("slug", slug, "name", "M", "domain", "m.example", "marginPct", 10,
                "status", "terminated")).expectProblem(400, "invalid-request");
        operator().post("/partners", Map.of("slug", slug, "name", "M", "domain", "m.example", "marginPct", 10)).expect(201);
        operator().post("/partners", Map.of("slug", slug, "name", "M", "domain", "m.example", "marginPct", 10))
                .expectProblem(409, "conflict");
    }

    @Test
    void computesCustomersMrrAndPayoutFromAttachedTenantsAtQueryTime() {
        String slug = uniqueSlug("computed");
        String partnerId = operator().post("/partners", Map.of("slug", slug, "name", "Computed", "domain", slug + ".example",
                "marginPct", 15)).expect(201).body().get("id").asString();
        // business is 9.00 per seat, enterprise 18.00: billed = active only.
        TenantFixtures.insert(mongo, uniqueSlug("c1"), TenantStatus.ACTIVE, "business", 10, partnerId);
        TenantFixtures.insert(mongo, uniqueSlug("c2"), TenantStatus.ACTIVE, "enterprise", 3, partnerId);
        TenantFixtures.insert(mongo, uniqueSlug("c3"), TenantStatus.SUSPENDED, "enterprise", 50, partnerId);
        TenantFixtures.insert(mongo, uniqueSlug("c4"), TenantStatus.DELETED, "enterprise", 50, partnerId);

        JsonNode partner = operator().get("/partners/" + slug).expect(200).body();

        assertThat(partner.get("customers").asLong()).as("deleted tenants are no customers").isEqualTo(3);
        assertThat(partner.at("/mrr/amountMinor").asLong()).isEqualTo(10 * 900 + 3 * 1800);
        assertThat(partner.at("/payout/amountMinor").asLong()).isEqualTo((10 * 900 + 3 * 1800) * 15 / 100);
        JsonNode listed = operator().get("/partners?q=" + slug).expect(200).body();
        assertThat(listed.at("/items/0/mrr/amountMinor").asLong()).isEqualTo(14_400);
        assertThat(operator().get("/partners/" + slug + "/tenants").expect(200).body().get("totalItems").asLong())
                .as("its table lists the same customers").isEqualTo(3);
        assertThat(operator().get("/partners/" + slug + "/tenants?status=deleted").expect(200).body()
                .get("totalItems").asLong()).as("deleted ones on request").isEqualTo(1);
    }

    @Test
    void partnersAreFoundByAnyWordOfTheirNameDomainOrSlug() {
        String slug = uniqueSlug("words");
        operator().post("/partners", Map.of("slug", slug, "name", "Süd-IT Systemhaus", "domain", "sued-it.example",
                "marginPct", 10)).expect(201);

        for (String query : List.of("systemhaus", "sud%20it", "SUED", slug)) {
            assertThat(operator().get("/partners?q=" + query).expect(200).body().at("/items").findValuesAsString("slug"))
                    .as(query).contains(slug);
        }
    }

    @Test
    void terminateKeepsPartnerAndTenantsAttachedAndFreezesIt() {
        String slug = uniqueSlug("ending");
        String partnerId = operator().post("/partners", Map.of("slug", slug, "name", "Ending", "domain", slug + ".example",
                "marginPct", 10, "status", "active")).expect(201).body().get("id").asString();
        String tenant = uniqueSlug("orphan");
        TenantFixtures.insert(mongo, tenant, TenantStatus.ACTIVE, "starter", 4, partnerId);

        Api.Response terminated = operator().delete("/partners/" + slug).expect(200);

        assertThat(terminated.body().get("status").asString()).isEqualTo("terminated");
        assertThat(terminated.body().get("terminatedAt").isNull()).isFalse();
        assertThat(operator().get("/tenants/" + tenant).body().at("/partner/status").asString()).isEqualTo("terminated");
        operator().delete("/partners/" + slug).expectProblem(409, "illegal-transition");
        operator().patch("/partners/" + slug, Map.of("name", "Revived"), terminated.etag())
                .expectProblem(409, "illegal-transition");
        assertThat(operator().get("/audit?target=" + slug + "&action=partner.terminated").body().get("totalItems").asLong())
                .isEqualTo(1);
    }

    @Test
    void patchHonoursIfMatchAndValidatesEachField() {
        String slug = uniqueSlug("patchable");
        String etag = operator().post("/partners", Map.of("slug", slug, "name", "P", "domain", slug + ".example",
                "marginPct", 10)).expect(201).etag();

        operator().patch("/partners/" + slug, Map.of("status", "active"), null).expectProblem(428, "precondition-required");
        Map<String, Object> bad = new HashMap<>(Map.of("status", "terminated", "marginPct", -1, "domain", "nope"));
        assertThat(operator().patch("/partners/" + slug, bad, etag).expectProblem(400, "invalid-request").body()
                .get("errors").size()).isEqualTo(3);
        Api.Response patched = operator().patch("/partners/" + slug, Map.of("status", "active", "marginPct", 22.25), etag)
                .expect(200);
        assertThat(patched.body().get("marginPct").decimalValue()).isEqualByComparingTo("22.25");
        operator().patch("/partners/" + slug, Map.of("status", "paused"), etag).expectProblem(412, "stale-write");
    }

    @Test
    void billingSummaryAddsUpActiveTenantsByPlanAndPartnerWithPayouts() {
        JsonNode before = operator().get("/billing/summary").expect(200).body();
        String slug = uniqueSlug("billing");
        String partnerId = operator().post("/partners", Map.of("slug", slug, "name", "Billing", "domain", slug + ".example",
                "marginPct", 20)).expect(201).body().get("id").asString();
        TenantFixtures.insert(mongo, uniqueSlug("b1"), TenantStatus.ACTIVE, "starter", 10, partnerId);
        TenantFixtures.insert(mongo, uniqueSlug("b2"), TenantStatus.ACTIVE, "starter", 5, null);
        TenantFixtures.insert(mongo, uniqueSlug("b3"), TenantStatus.PENDING, "starter", 99, partnerId);

        JsonNode after = operator().get("/billing/summary").expect(200).body();

        assertThat(amount(after, "/totalMrr") - amount(before, "/totalMrr")).isEqualTo(15 * 400);
        assertThat(amount(after, "/direct") - amount(before, "/direct")).isEqualTo(5 * 400);
        JsonNode mine = null;
        for (JsonNode partner : after.get("byPartner")) {
            if (partner.get("partner").asString().equals(slug)) {
                mine = partner;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("tenants").asLong()).as("customers: living tenants, billed or not").isEqualTo(2);
        assertThat(mine.at("/mrr/amountMinor").asLong()).isEqualTo(4_000);
        assertThat(mine.at("/payout/amountMinor").asLong()).isEqualTo(800);
        assertThat(amount(after, "/totalPayout") - amount(before, "/totalPayout")).isEqualTo(800);
        assertThat(after.get("byPlan").get(0).get("plan").asString()).isEqualTo("starter");
    }

    @Test
    void terminatedPartnerEarnsNoPayoutAndTakesNoNewCustomersWhileItsTenantsStayEditable() {
        String slug = uniqueSlug("closed");
        String partnerId = operator().post("/partners", Map.of("slug", slug, "name", "Closed", "domain", slug + ".example",
                "marginPct", 20, "status", "active")).expect(201).body().get("id").asString();
        String kept = uniqueSlug("kept");
        TenantFixtures.insert(mongo, kept, TenantStatus.ACTIVE, "starter", 10, partnerId);
        operator().delete("/partners/" + slug).expect(200);

        JsonNode partner = operator().get("/partners/" + slug).expect(200).body();
        assertThat(partner.at("/mrr/amountMinor").asLong()).isEqualTo(4_000);
        assertThat(partner.at("/payout/amountMinor").asLong()).isZero();
        JsonNode billed = null;
        for (JsonNode row : operator().get("/billing/summary").expect(200).body().get("byPartner")) {
            if (row.get("partner").asString().equals(slug)) {
                billed = row;
            }
        }
        assertThat(billed).isNotNull();
        assertThat(billed.at("/payout/amountMinor").asLong()).isZero();

        String newcomer = uniqueSlug("newcomer");
        operator().post("/tenants", Map.of("slug", newcomer, "name", "Newcomer", "plan", "starter", "seatCap", 3,
                "partner", slug)).expectProblem(409, "conflict");
        assertThat(operator().get("/tenants/" + newcomer).status()).isEqualTo(404);
        Api.Response tenant = operator().get("/tenants/" + kept).expect(200);
        operator().patch("/tenants/" + kept, Map.of("name", "Kept GmbH"), tenant.etag()).expect(200);
    }

    private static long amount(JsonNode summary, String pointer) {
        return summary.at(pointer + "/amountMinor").asLong();
    }
}
