package com.dezky.e2e;

import static com.dezky.e2e.LocalStack.OPERATOR_HOST;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The local demo data, seeded by the run command through the public API: every status a tenant
 * reaches, every plan, the partners, the flags, the documented people, all in an intact audit
 * trail under the seeding operator's name; and seeding again never undoes what an operator changed.
 */
class DemoDataIT {

    private static final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    static void startStack() throws Exception {
        LocalStack.ensureStarted();
    }

    @Test
    void seedsEveryStatusPlanAndPartnerOnceThroughTheApiAndNeverOverwritesOperatorChanges() throws Exception {
        Browser operator = new Browser();
        operator.signIn(OPERATOR_HOST, "ada@dezky.com");
        JsonNode list = get(operator, "/api/tenants?size=1&q=");
        assertThat(list.get("statusCounts").get("suspended").asLong()).isGreaterThanOrEqualTo(4);
        assertThat(list.get("statusCounts").get("deleted").asLong()).isGreaterThanOrEqualTo(4);
        assertThat(get(operator, "/api/tenants/kessler-architekten").get("plan").asString()).isEqualTo("business");
        assertThat(get(operator, "/api/partners/blue-harbor").get("status").asString()).isEqualTo("terminated");
        assertThat(get(operator, "/api/flags").findValuesAsString("key")).contains("jmap_native_v2", "calendar_sync");
        assertThat(get(operator, "/api/users?view=admins").findValuesAsString("email")).contains("grace@dezky.com");
        assertThat(get(operator, "/api/billing/summary").at("/totalMrr/amountMinor").asLong()).isPositive();
        assertThat(get(operator, "/api/audit?actor=demo-data@dezky.com&action=tenant.created").get("totalItems").asLong())
                .isEqualTo(40);
        assertThat(get(operator, "/api/audit/verify").get("ok").asBoolean()).isTrue();

        String etag = operator.get(OPERATOR_HOST, "/api/tenants/bergmann-logistik", "X-CSRF", "1").headers()
                .firstValue("ETag").orElseThrow();
        assertThat(operator.send(OPERATOR_HOST, HttpRequest.newBuilder(gateway("/api/tenants/bergmann-logistik"))
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"name\":\"Bergmann Logistik (renamed)\"}")),
                "X-CSRF", "1", "Content-Type", "application/merge-patch+json", "If-Match", etag).statusCode()).isEqualTo(200);
        assertThat(operator.send(OPERATOR_HOST, HttpRequest.newBuilder(gateway("/api/tenants/wolf-it")).DELETE(),
                "X-CSRF", "1").statusCode()).isEqualTo(200);

        assertThat(LocalStack.seedDemoData()).contains("nothing new to seed");

        assertThat(get(operator, "/api/tenants/bergmann-logistik").get("name").asString())
                .isEqualTo("Bergmann Logistik (renamed)");
        assertThat(get(operator, "/api/tenants/wolf-it").get("status").asString()).isEqualTo("deleted");
        assertThat(get(operator, "/api/audit?actor=demo-data@dezky.com&action=tenant.created").get("totalItems").asLong())
                .isEqualTo(40);
    }

    private static JsonNode get(Browser browser, String path) throws Exception {
        var response = browser.get(OPERATOR_HOST, path, "X-CSRF", "1");
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static URI gateway(String path) {
        return URI.create("http://127.0.0.1:" + LocalStack.GATEWAY + path);
    }
}
