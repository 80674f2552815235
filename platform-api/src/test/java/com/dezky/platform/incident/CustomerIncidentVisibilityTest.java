package com.dezky.platform.incident;

import static org.assertj.core.api.Assertions.assertThat;

import com.dezky.model.tenant.TenantStatus;
import com.dezky.platform.tenant.TenantFixtures;
import com.dezky.platform.testing.Api;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What the portal shows of incidents, per caller: members of an affected tenant see the customer
 * updates (never the alerts or internal notes) until it is resolved; members of other tenants
 * see nothing of it, not even by its id.
 */
class CustomerIncidentVisibilityTest extends IncidentApiTest {

    String files;
    String mailOnly;
    String other;

    @BeforeEach
    void tenants() {
        files = uniqueSlug("files");
        mailOnly = uniqueSlug("mail-only");
        other = uniqueSlug("other");
        for (String slug : List.of(files, mailOnly, other)) {
            TenantFixtures.insert(mongo, slug, TenantStatus.ACTIVE, "business", 10, null);
        }
        provisioned(files, "ocis", "ok");
        provisioned(mailOnly, "ocis", "skipped");
        provisioned(mailOnly, "stalwart", "ok");
    }

    @Test
    void upstreamIncidentIsShownToMembersOfTenantsUsingThatUpstreamOnly() {
        String id = openWithUpdate(Map.of("alertname", "CircuitOpen", "severity", "warning", "upstream", "ocis"),
                "Files are slow to open; we are on it.");

        JsonNode seen = member(files).get("/tenants/" + files + "/incidents").expect(200).body();
        assertThat(seen.findValuesAsString("id")).containsExactly(id);
        assertThat(seen.at("/0/latest").asString()).isEqualTo("Files are slow to open; we are on it.");
        assertThat(seen.toString()).doesNotContain("OCIS pod", "CircuitOpen", "ada@dezky.com", "fingerprint");
        assertThat(admin(files).get("/tenants/" + files + "/incidents/" + id).expect(200).body().get("updates")).hasSize(1);

        assertThat(member(mailOnly).get("/tenants/" + mailOnly + "/incidents").expect(200).body()).isEmpty();
        member(mailOnly).get("/tenants/" + mailOnly + "/incidents/" + id).expectProblem(404, "not-found");
        member(other).get("/tenants/" + files + "/incidents").expectProblem(403, "forbidden");
        member(other).get("/tenants/" + files + "/incidents/" + id).expectProblem(403, "forbidden");
    }

    @Test
    void tenantIncidentIsShownToThatTenantOnlyAndCustomerFacingServiceToEveryone() {
        String oneTenant = openWithUpdate(Map.of("alertname", "ProvisioningFailures", "tenant", files), "Your mailboxes are being set up again.");
        String everyone = openWithUpdate(Map.of("alertname", "ServiceDown", "severity", "critical", "service", "gateway"),
                "Sign-in is failing for some customers.");

        assertThat(member(files).get("/tenants/" + files + "/incidents").body().findValuesAsString("id"))
                .contains(oneTenant, everyone);
        assertThat(member(other).get("/tenants/" + other + "/incidents").body().findValuesAsString("id"))
                .contains(everyone).doesNotContain(oneTenant);
    }

    @Test
    void nothingIsShownBeforeTheFirstCustomerUpdateNorAfterResolution() {
        String id = open(Map.of("alertname", "ServiceDown", "severity", "critical", "tenant", files));
        assertThat(member(files).get("/tenants/" + files + "/incidents").body().findValuesAsString("id")).doesNotContain(id);

        operator().post("/incidents/" + id + "/updates", Map.of("text", "Investigating.")).expect(200);
        assertThat(member(files).get("/tenants/" + files + "/incidents").body().findValuesAsString("id")).contains(id);

        operator().post("/incidents/" + id + "/resolve", Map.of()).expect(200);
        assertThat(member(files).get("/tenants/" + files + "/incidents").body().findValuesAsString("id")).doesNotContain(id);
    }

    @Test
    void operatorsWithoutAdminAndOutsidersCannotWriteCustomerUpdates() {
        String id = open(Map.of("alertname", "ServiceDown", "tenant", files));

        admin(files).post("/incidents/" + id + "/updates", Map.of("text", "All good!")).expectProblem(403, "forbidden");
        operatorWithoutAdmin().post("/incidents/" + id + "/updates", Map.of("text", "All good!")).expectProblem(403, "forbidden");
    }

    private String openWithUpdate(Map<String, String> labels, String update) {
        String id = open(labels);
        operator().post("/incidents/" + id + "/notes", Map.of("text", "OCIS pod restarting, ada@dezky.com on it")).expect(200);
        operator().post("/incidents/" + id + "/updates", Map.of("text", update)).expect(200);
        return id;
    }

    private String open(Map<String, String> labels) {
        Instant started = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        long number = alertmanager().post("/alerts/alertmanager", notification(group(), "firing", List.of(
                alert(fingerprint(), "firing", started, labels)))).expect(200).body().at("/incidents/0").asLong();
        return mongo.findOne(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("number").is(number)), Incident.class).getId();
    }

    private Api member(String slug) {
        return portalUser("member-of-" + slug, List.of("dezky-tenant-" + slug));
    }

    private Api admin(String slug) {
        return portalUser("admin-of-" + slug, List.of("dezky-tenant-" + slug + "-admins"));
    }

    private void provisioned(String slug, String integration, String state) {
        mongo.getCollection("tenant_provisioning").insertOne(new Document("_id", slug + ":" + integration)
                .append("tenant", slug).append("integration", integration).append("state", state));
    }
}
