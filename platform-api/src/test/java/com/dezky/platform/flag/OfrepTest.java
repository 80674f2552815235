package com.dezky.platform.flag;

import static org.assertj.core.api.Assertions.assertThat;

import com.dezky.model.tenant.TenantStatus;
import com.dezky.platform.tenant.Tenant;
import com.dezky.platform.tenant.TenantFixtures;
import com.dezky.platform.testing.Api;
import com.dezky.platform.testing.ApiTest;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.openfeature.contrib.providers.ofrep.OfrepProvider;
import dev.openfeature.contrib.providers.ofrep.OfrepProviderOptions;
import dev.openfeature.sdk.Client;
import dev.openfeature.sdk.ErrorCode;
import dev.openfeature.sdk.FlagEvaluationDetails;
import dev.openfeature.sdk.ImmutableContext;
import dev.openfeature.sdk.OpenFeatureAPI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The OFREP endpoints driven by the official OpenFeature Java SDK and its OFREP provider, a
 * client nobody here wrote; the bulk call's ETag and 304 over plain HTTP.
 */
class OfrepTest extends ApiTest {

    String tenantSlug;
    String tenantId;
    String prefix;

    @BeforeEach
    void tenantAndFlags() {
        tenantSlug = uniqueSlug("ofrep");
        Tenant tenant = TenantFixtures.insert(mongo, tenantSlug, TenantStatus.ACTIVE, "business", 5, null);
        tenantId = tenant.getId();
        prefix = "ofrep_" + tenantSlug.substring(tenantSlug.length() - 8);
        operator().post("/flags", Map.of("key", prefix + "_on", "state", "on")).expect(201);
        operator().post("/flags", Map.of("key", prefix + "_off", "state", "off")).expect(201);
        operator().post("/flags", Map.of("key", prefix + "_targeted", "state", "targeted",
                "scope", Map.of("plans", List.of("business")))).expect(201);
        operator().post("/flags", Map.of("key", prefix + "_rollout", "state", "rollout", "pct", 100)).expect(201);
    }

    @Test
    void officialClientEvaluatesEachStateWithItsReasonAndVariant() {
        Client client = client(issuers.operatorAdmin("ada"));
        ImmutableContext context = new ImmutableContext(tenantId);

        assertDetails(client.getBooleanDetails(prefix + "_on", false, context), true, "STATIC", "on");
        assertDetails(client.getBooleanDetails(prefix + "_off", true, context), false, "DISABLED", "off");
        assertDetails(client.getBooleanDetails(prefix + "_targeted", false, context), true, "TARGETING_MATCH", "on");
        assertDetails(client.getBooleanDetails(prefix + "_rollout", false, new ImmutableContext(tenantSlug)), true,
                "SPLIT", "on");
    }

    @Test
    void officialClientGetsFlagNotFoundForUnknownFlag() {
        FlagEvaluationDetails<Boolean> details = client(issuers.operatorAdmin("ada"))
                .getBooleanDetails(prefix + "_missing", true, new ImmutableContext(tenantId));

        assertThat(details.getValue()).isTrue();
        assertThat(details.getErrorCode()).isEqualTo(ErrorCode.FLAG_NOT_FOUND);
    }

    @Test
    void missingTargetingKeyIsReportedAndTheClientFallsBack() {
        FlagEvaluationDetails<Boolean> details = client(issuers.operatorAdmin("ada"))
                .getBooleanDetails(prefix + "_on", false, new ImmutableContext());

        // The OFREP provider 0.0.2 maps every 400 to INVALID_CONTEXT without reading the body's errorCode.
        assertThat(details.getValue()).isFalse();
        assertThat(details.getErrorCode()).isEqualTo(ErrorCode.INVALID_CONTEXT);
        JsonNode wire = operator().post("/ofrep/v1/evaluate/flags/" + prefix + "_on", Map.of("context", Map.of()))
                .expect(400).body();
        assertThat(wire.get("errorCode").asString()).isEqualTo("TARGETING_KEY_MISSING");
        assertThat(operator().post("/ofrep/v1/evaluate/flags/" + prefix + "_on", Map.of()).expect(400).body()
                .get("errorCode").asString()).isEqualTo("TARGETING_KEY_MISSING");
    }

    @Test
    void officialClientFallsBackToDefaultWithBadToken() {
        FlagEvaluationDetails<Boolean> details = client("not-a-token")
                .getBooleanDetails(prefix + "_on", false, new ImmutableContext(tenantId));

        assertThat(details.getValue()).isFalse();
        assertThat(details.getErrorCode()).isNotNull();
    }

    @Test
    void portalUserEvaluatesOnlyOwnTenants() {
        Api member = portalUser("member", List.of("dezky-tenant-" + tenantSlug));
        Api outsider = portalUser("outsider", List.of("dezky-tenant-elsewhere"));
        Map<String, Object> body = Map.of("context", Map.of("targetingKey", tenantSlug));

        assertThat(member.post("/ofrep/v1/evaluate/flags/" + prefix + "_on", body).expect(200).body()
                .get("value").asBoolean()).isTrue();
        JsonNode refused = outsider.post("/ofrep/v1/evaluate/flags/" + prefix + "_on", body).expect(400).body();
        assertThat(refused.get("errorCode").asString()).isEqualTo("INVALID_CONTEXT");
    }

    @Test
    void singleEvaluationErrorsHaveOfrepShape() {
        Api api = operator();
        JsonNode parse = api.post("/ofrep/v1/evaluate/flags/" + prefix + "_on", "{not json").expect(400).body();
        assertThat(parse.get("errorCode").asString()).isEqualTo("PARSE_ERROR");
        assertThat(parse.get("key").asString()).isEqualTo(prefix + "_on");
        JsonNode missing = api.post("/ofrep/v1/evaluate/flags/" + prefix + "_nope",
                Map.of("context", Map.of("targetingKey", tenantSlug))).expect(404).body();
        assertThat(missing.get("errorCode").asString()).isEqualTo("FLAG_NOT_FOUND");
        JsonNode unauthorized = anonymous().post("/ofrep/v1/evaluate/flags/" + prefix + "_on", Map.of()).expect(401).body();
        assertThat(unauthorized).as("OFREP clients fail on empty 401 bodies").isNotNull();
    }

    @Test
    void bulkAnswersEveryFlagWithEtagAnd304WhenUnchanged() {
        Map<String, Object> body = Map.of("context", Map.of("targetingKey", tenantId));

        Api.Response first = operator().post("/ofrep/v1/evaluate/flags", body).expect(200);
        String etag = first.etag();
        assertThat(first.body().get("flags").toString()).contains(prefix + "_targeted").contains("TARGETING_MATCH");

        Api.Response unchanged = operator().post("/ofrep/v1/evaluate/flags", body, "If-None-Match", etag).expect(304);
        assertThat(unchanged.body()).isNull();

        String flagEtag = operator().get("/flags/" + prefix + "_on").etag();
        operator().patch("/flags/" + prefix + "_on", Map.of("state", "off"), flagEtag).expect(200);
        Api.Response changed = operator().post("/ofrep/v1/evaluate/flags", body, "If-None-Match", etag).expect(200);
        assertThat(changed.etag()).isNotEqualTo(etag);
        operator().post("/ofrep/v1/evaluate/flags", Map.of("context", Map.of())).expect(400);
    }

    /** The 304 answers from the flag set's version and the tenant, so each of them, changed, means a new answer. */
    @Test
    void bulkEtagChangesWithTheTenantsPlanAndWithAFlagsDeletionAndMatchesTheSameAnswerOnly() {
        Map<String, Object> body = Map.of("context", Map.of("targetingKey", tenantId));
        String etag = operator().post("/ofrep/v1/evaluate/flags", body).expect(200).etag();
        assertThat(operator().post("/ofrep/v1/evaluate/flags", body).etag()).as("the same answer, the same tag").isEqualTo(etag);

        String tenantEtag = operator().get("/tenants/" + tenantSlug).etag();
        operator().patch("/tenants/" + tenantSlug, Map.of("plan", "enterprise"), tenantEtag).expect(200);
        String afterPlan = operator().post("/ofrep/v1/evaluate/flags", body, "If-None-Match", etag).expect(200).etag();
        assertThat(afterPlan).isNotEqualTo(etag);

        operator().post("/flags", Map.of("key", prefix + "_doomed", "state", "on")).expect(201);
        String withDoomed = operator().post("/ofrep/v1/evaluate/flags", body, "If-None-Match", afterPlan).expect(200).etag();
        operator().delete("/flags/" + prefix + "_doomed").expect(204);
        Api.Response afterDelete = operator().post("/ofrep/v1/evaluate/flags", body, "If-None-Match", withDoomed).expect(200);
        assertThat(afterDelete.body().get("flags").toString()).doesNotContain(prefix + "_doomed");
        operator().post("/ofrep/v1/evaluate/flags", body, "If-None-Match", afterDelete.etag()).expect(304);
    }

    private static void assertDetails(FlagEvaluationDetails<Boolean> details, boolean value, String reason, String variant) {
        assertThat(details.getErrorCode()).as(details.getErrorMessage()).isNull();
        assertThat(details.getValue()).isEqualTo(value);
        assertThat(details.getReason()).isEqualTo(reason);
        assertThat(details.getVariant()).isEqualTo(variant);
    }

    private Client client(String token) {
        String domain = "dezky-" + System.nanoTime();
        OfrepProvider provider = OfrepProvider.constructProvider(OfrepProviderOptions.builder()
                .baseUrl("http://127.0.0.1:" + port)
                .headers(ImmutableMap.of("Authorization", ImmutableList.of("Bearer " + token)))
                .build());
        OpenFeatureAPI.getInstance().setProviderAndWait(domain, provider);
        return OpenFeatureAPI.getInstance().getClient(domain);
    }
}
