package com.dezky.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.dezky.platform.testing.ApiTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * The one update path of tenants, partners and flags: a JSON merge patch held to exactly the
 * constraints of the create record, If-Match compared strongly, strict JSON types, and the audit
 * diff that records a cleared field as absent.
 */
class MergePatchApiTest extends ApiTest {

    @Test
    void ifMatchIsComparedStronglyAWeakTagNeverMatches() {
        String slug = tenant();
        operator().patch("/tenants/" + slug, Map.of("name", "Weak"), "W/\"0\"").expectProblem(412, "stale-write");
        operator().patch("/tenants/" + slug, Map.of("name", "Missing"), null).expectProblem(428, "precondition-required");
        operator().patch("/tenants/" + slug, Map.of("name", "Strong"), "\"0\"").expect(200);
        operator().patch("/tenants/" + slug, Map.of("name", "Stale"), "\"0\"").expectProblem(412, "stale-write");
        assertThat(operator().get("/tenants/" + slug).body().get("name").asString()).isEqualTo("Strong");
    }

    @Test
    void unknownFieldsAndValuesOfTheWrongTypeAreRefusedNamingEachAndChangeNothing() {
        String slug = tenant();
        JsonNode unknown = operator().patch("/tenants/" + slug, Map.of("owner", "me"), "\"0\"")
                .expectProblem(400, "invalid-request").body();
        assertThat(fields(unknown)).containsExactly("owner");

        JsonNode wrongTypes = operator().patch("/tenants/" + slug, Map.of("name", 12345, "seatCap", "12",
                "domains", "a.example", "contactInfo", Map.of("nickname", "x")), "\"0\"")
                .expectProblem(400, "invalid-request").body();
        assertThat(fields(wrongTypes)).containsExactlyInAnyOrder("name", "seatCap", "domains", "contactInfo.nickname");
        assertThat(operator().get("/tenants/" + slug).etag()).isEqualTo("\"0\"");
    }

    @ParameterizedTest(name = "{0}={1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "seatCap|1|200",
            "seatCap|0|400",
            "seatCap|100000|200",
            "seatCap|100001|400",
            "seatCap|1.5|400",
            "plan|\"gold\"|400",
            "contactInfo|{\"phone\": \"+49 (30) 123-45\"}|200",
            "contactInfo|{\"phone\": \"call me\"}|400",
            "contactInfo|{\"email\": \"not-an-email\"}|400",
            "billingInfo|{\"vatId\": \"1234567890123456789012345678901234567890\"}|200",
            "billingInfo|{\"vatId\": \"12345678901234567890123456789012345678901\"}|400",
            "domains|[\"ok.example\"]|200",
            "domains|[\"not a host\"]|400"})
    void eachTenantLimitHoldsAtItsBoundAndRefusesBeyondIt(String field, String json, int expected) {
        String slug = tenant();
        assertThat(operator().patch("/tenants/" + slug, "{\"" + field + "\": " + json + "}", "\"0\"").status())
                .isEqualTo(expected);
    }

    @Test
    void nameLengthDomainCountAndFlagAndPartnerLimitsAreTheCreateRecordsOwn() {
        String slug = tenant();
        operator().patch("/tenants/" + slug, Map.of("name", "x".repeat(100)), "\"0\"").expect(200);
        operator().patch("/tenants/" + slug, Map.of("name", "x".repeat(101)), "\"1\"").expectProblem(400, "invalid-request");
        List<String> twenty = IntStream.range(0, 20).mapToObj(i -> slug + "-" + i + ".example").toList();
        operator().patch("/tenants/" + slug, Map.of("domains", twenty), "\"1\"").expect(200);
        List<String> more = new ArrayList<>(twenty);
        more.add(slug + "-x.example");
        operator().patch("/tenants/" + slug, Map.of("domains", more), "\"2\"").expectProblem(400, "invalid-request");

        String partner = uniqueSlug("limits");
        String etag = operator().post("/partners", Map.of("slug", partner, "name", "P", "domain", partner + ".example",
                "marginPct", 10)).expect(201).etag();
        etag = operator().patch("/partners/" + partner, Map.of("marginPct", 100), etag).expect(200).etag();
        operator().patch("/partners/" + partner, Map.of("marginPct", 100.01), etag).expectProblem(400, "invalid-request");
        operator().patch("/partners/" + partner, Map.of("marginPct", 0.001), etag).expectProblem(400, "invalid-request");
        operator().patch("/partners/" + partner, Map.of("marginPct", "10"), etag).expectProblem(400, "invalid-request");

        String flag = "flag_" + uniqueSlug("limits").replace('-', '_');
        String flagTag = operator().post("/flags", Map.of("key", flag)).expect(201).etag();
        flagTag = operator().patch("/flags/" + flag, Map.of("pct", 100, "description", "d".repeat(500)), flagTag)
                .expect(200).etag();
        operator().patch("/flags/" + flag, Map.of("pct", 101), flagTag).expectProblem(400, "invalid-request");
        operator().patch("/flags/" + flag, Map.of("pct", 1.5), flagTag).expectProblem(400, "invalid-request");
        operator().patch("/flags/" + flag, Map.of("pct", "12"), flagTag).expectProblem(400, "invalid-request");
        operator().patch("/flags/" + flag, Map.of("description", "d".repeat(501)), flagTag).expectProblem(400, "invalid-request");
    }

    @Test
    void aNumberOrBooleanWhereAStringBelongsIsRefusedAndNothingIsStored() {
        String slug = uniqueSlug("typed");
        JsonNode name = operator().post("/tenants", Map.of("slug", slug, "name", 12345, "plan", "starter", "seatCap", 1))
                .expectProblem(400, "invalid-request").body();
        assertThat(fields(name)).containsExactly("name");
        operator().get("/tenants/" + slug).expectProblem(404, "not-found");

        operator().post("/flags", Map.of("key", true)).expectProblem(400, "invalid-request");
        operator().post("/flags", Map.of("key", 12345)).expectProblem(400, "invalid-request");
        operator().get("/flags/true").expectProblem(404, "not-found");
        operator().post("/flags", Map.of("key", "flag_" + uniqueSlug("p").replace('-', '_'), "pct", 1.5))
                .expectProblem(400, "invalid-request");
        operator().post("/flags", Map.of("key", "flag_" + uniqueSlug("p").replace('-', '_'), "pct", "12"))
                .expectProblem(400, "invalid-request");
    }

    @Test
    void aPatchThatClearsAFieldIsAuditedWithTheValueAbsentNotTheTextNull() {
        String slug = uniqueSlug("cleared");
        operator().post("/tenants", Map.of("slug", slug, "name", "Cleared", "plan", "starter", "seatCap", 3,
                "contactInfo", Map.of("name", "Ada", "email", "ada@cleared.example"))).expect(201);
        Map<String, Object> clear = new HashMap<>();
        clear.put("contactInfo", null);
        operator().patch("/tenants/" + slug, clear, "\"0\"").expect(200);

        JsonNode updated = operator().get("/audit?action=tenant.updated&tenant=" + slug).expect(200).body().at("/items/0");
        assertThat(updated.get("changes")).hasSize(2).allSatisfy(change -> {
            assertThat(change.get("after").isNull()).as("absent, not \"null\"").isTrue();
            assertThat(change.get("field").asString()).startsWith("contactInfo.");
        });
        assertThat(updated.get("changes").toString()).contains("\"before\":\"Ada\"", "\"before\":\"ada@cleared.example\"")
                .doesNotContain("\"null\"");
        JsonNode created = operator().get("/audit?action=tenant.created&tenant=" + slug).body().at("/items/0");
        assertThat(created.get("changes").toString()).as("absent fields are not listed at creation").doesNotContain("billingInfo");
    }

    private String tenant() {
        String slug = uniqueSlug("patched");
        operator().post("/tenants", Map.of("slug", slug, "name", "Patched", "plan", "starter", "seatCap", 3)).expect(201);
        return slug;
    }

    private static List<String> fields(JsonNode problem) {
        return problem.get("errors").findValuesAsString("field");
    }
}
