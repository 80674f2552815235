package com.dezky.e2e;

import static com.dezky.e2e.LocalStack.OPERATOR_HOST;
import static com.dezky.e2e.LocalStack.PORTAL_HOST;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real run command's stack provisions end to end: an operator creates a tenant through the
 * gateway, devstack's sandbox upstreams receive its group, mail domain and drive, the tenant
 * becomes active; an invited member then signs in at the portal with the groups the Authentik
 * sandbox gave them, and sees the tenant.
 */
class ProvisioningThroughGatewayIT {

    private static final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    static void startStack() throws Exception {
        LocalStack.ensureStarted();
    }

    @Test
    void operatorCreatesATenantThatIsProvisionedInTheSandboxesAndAnInvitedMemberSeesIt() throws Exception {
        Browser operator = new Browser();
        operator.signIn(OPERATOR_HOST, "ada@dezky.com");
        String slug = "e2e-" + UUID.randomUUID().toString().substring(0, 8);
        String body = "{\"slug\":\"" + slug + "\",\"name\":\"E2E " + slug + "\",\"plan\":\"business\",\"seatCap\":5,"
                + "\"domains\":[\"" + slug + ".example\"]}";
        HttpResponse<String> created = operator.send(OPERATOR_HOST, HttpRequest.newBuilder(gateway("/api/tenants"))
                .POST(HttpRequest.BodyPublishers.ofString(body)), "X-CSRF", "1", "Content-Type", "application/json");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        JsonNode tenant = null;
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            tenant = json.readTree(operator.get(OPERATOR_HOST, "/api/tenants/" + slug, "X-CSRF", "1").body());
            if (tenant.get("status").asString().equals("active")) {
                break;
            }
            Thread.sleep(200);
        }
        assertThat(tenant.get("status").asString()).as(tenant.toString()).isEqualTo("active");
        for (String integration : new String[] {"authentik", "stalwart", "ocis"}) {
            assertThat(tenant.at("/provisioning/" + integration + "/state").asString()).isEqualTo("ok");
        }
        JsonNode upstreams = json.readTree(operator.get(OPERATOR_HOST, "/api/upstreams", "X-CSRF", "1").body());
        assertThat(upstreams.findValuesAsString("name")).containsExactly("authentik", "stalwart", "ocis");
        assertThat(upstreams.findValues("sandbox")).allMatch(JsonNode::asBoolean);
        JsonNode sandbox = json.readTree(HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + LocalStack.SANDBOX + "/_sandbox")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        assertThat(sandbox.get("sandbox").asBoolean()).isTrue();
        assertThat(sandbox.at("/upstreams/stalwart/objects/domains").asInt()).isPositive();

        String email = slug + "-kim@example.com";
        HttpResponse<String> invited = operator.send(OPERATOR_HOST, HttpRequest.newBuilder(
                gateway("/api/tenants/" + slug + "/members/invite")).POST(HttpRequest.BodyPublishers.ofString(
                "{\"name\":\"Kim Park\",\"email\":\"" + email + "\"}")), "X-CSRF", "1", "Content-Type", "application/json");
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
        assertThat(json.readTree(invited.body()).get("tempPassword").asString()).hasSize(16);

        Browser member = new Browser();
        member.signIn(PORTAL_HOST, email);
        JsonNode me = json.readTree(member.get(PORTAL_HOST, "/api/me", "X-CSRF", "1").body());
        assertThat(me.at("/user/subject").asString()).isEqualTo(json.readTree(invited.body()).get("subject").asString());
        assertThat(me.get("tenants").findValuesAsString("slug")).containsExactly(slug);
    }

    private static URI gateway(String path) {
        return URI.create("http://127.0.0.1:" + LocalStack.GATEWAY + path);
    }
}
