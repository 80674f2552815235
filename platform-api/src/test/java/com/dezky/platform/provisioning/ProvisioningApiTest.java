package com.dezky.platform.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.dezky.platform.tenant.TenantPurge;
import com.dezky.platform.testing.Api;
import com.dezky.platform.testing.SandboxApiTest;
import com.dezky.platform.testing.TestIssuers;
import com.dezky.sandbox.SandboxFault;
import com.dezky.upstream.Upstreams;
import com.dezky.upstream.ocis.OcisClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;

/**
 * Provisioning through real HTTP against the stateful upstream sandboxes: find-or-create on
 * create and reconcile, faults recorded per integration, convergence after recovery without
 * duplicates, lifecycle propagation, and the purge.
 */
class ProvisioningApiTest extends SandboxApiTest {

    @Autowired
    TenantPurge tenantService;

    @Autowired
    OcisClient ocis;

    @Autowired
    Provisioner provisioner;

    @Autowired
    Upstreams upstreams;

    /**
     * Each test starts with healthy upstreams, no provisioning of an earlier test still running
     * (it would meet this test's faults), and closed circuits.
     */
    @BeforeEach
    void healthyUpstreams() {
        sandbox.reset();
        await().atMost(Duration.ofSeconds(30)).until(() -> !mongo.exists(query(new org.springframework.data.mongodb.core.query.Criteria()
                .orOperator(where("state").is("pending"), where("leaseOwner").exists(true))), ProvisioningRecord.class));
        Upstreams.NAMES.forEach(name -> upstreams.calls(name).circuitBreaker().reset());
    }

    private void awaitNoOpenCircuit() {
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            JsonNode upstreams = operator().get("/upstreams").expect(200).body();
            for (JsonNode upstream : upstreams) {
                if (upstream.get("circuitBreaker").asString().equals("open")) {
                    return false;
                }
            }
            return true;
        });
    }

    @Test
    void createdTenantIsProvisionedInEveryUpstreamAndBecomesActive() {
        String slug = uniqueSlug("acme");
        JsonNode created = createTenant(slug, List.of(slug + ".example", "mail." + slug + ".example"));
        assertThat(created.get("status").asString()).isEqualTo("pending");

        JsonNode tenant = awaitTenant(slug, t -> t.get("status").asString().equals("active"));
        assertThat(tenant.at("/provisioning/authentik/state").asString()).isEqualTo("ok");
        assertThat(tenant.at("/provisioning/authentik/externalIds/group").asString()).isNotBlank();
        assertThat(tenant.at("/provisioning/stalwart/externalIds").properties()).hasSize(2);
        assertThat(tenant.at("/provisioning/ocis/externalIds/drive").asString()).isNotBlank();
        assertThat(tenant.at("/provisioning/ocis/externalIds/manager").asString()).isEqualTo("granted");
        assertThat(sandbox.counts("authentik")).containsEntry("groups", 2);
        assertThat(sandbox.counts("stalwart")).containsEntry("domains", 2);
        assertThat(sandbox.counts("ocis")).containsEntry("drives", 1).containsEntry("groups", 1);

        // The embedded store has no transactions: the activation's audit event lands just after the
        // tenant reads active (on MongoDB both commit together).
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(operator().get("/audit?tenant=" + slug)
                .expect(200).body().get("items").findValuesAsString("action"))
                .contains("tenant.created", "tenant.provisioned", "tenant.activated"));
    }

    /** Found by the acceptance suite (issue 15, item 14): each no-op reconcile wrote 3 empty tenant.provisioned events. */
    @Test
    void aReconcileThatChangesNothingWritesNoProvisioningEvent() {
        String slug = uniqueSlug("noop");
        createTenant(slug, List.of(slug + ".example"));
        awaitTenant(slug, t -> t.get("status").asString().equals("active") && allOk(t));
        long before = provisionedEvents(slug);

        for (int i = 0; i < 2; i++) {
            operator().post("/tenants/" + slug + "/reconcile", Map.of()).expect(202);
            await().atMost(Duration.ofSeconds(10)).until(() -> allOk(tenant(slug)));
        }
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> allOk(tenant(slug)));

        assertThat(provisionedEvents(slug)).isEqualTo(before);
        assertThat(operator().get("/audit?tenant=" + slug + "&action=tenant.reconcile_requested").expect(200).body()
                .get("totalItems").asLong()).as("the request itself is audited").isEqualTo(2);
    }

    private long provisionedEvents(String slug) {
        return operator().get("/audit?tenant=" + slug + "&action=tenant.provisioned").expect(200).body()
                .get("totalItems").asLong();
    }

    @Test
    void anyNumberOfConcurrentReconcilesNeverCreatesAnUpstreamObjectTwice() throws Exception {
        String slug = uniqueSlug("busy");
        createTenant(slug, List.of(slug + ".example"));
        CyclicBarrier start = new CyclicBarrier(6);
        List<CompletableFuture<Integer>> reconciles = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            reconciles.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return operator().post("/tenants/" + slug + "/reconcile", Map.of()).status();
            }));
        }
        for (CompletableFuture<Integer> reconcile : reconciles) {
            assertThat(reconcile.get()).isEqualTo(202);
        }
        awaitTenant(slug, t -> t.get("status").asString().equals("active") && allOk(t));
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> allOk(tenant(slug)));

        assertThat(sandbox.counts("authentik")).containsEntry("groups", 2);
        assertThat(sandbox.counts("stalwart")).containsEntry("domains", 1);
        assertThat(sandbox.counts("ocis")).containsEntry("drives", 1).containsEntry("groups", 1);
    }

    @Test
    void failuresAreRecordedPerIntegrationAndReconcileAfterRecoveryConvergesWithoutDuplicates() {
        sandbox.fault("ocis", SandboxFault.error());
        sandbox.fault("stalwart", SandboxFault.delay(Duration.ofSeconds(3)));
        sandbox.fault("authentik", SandboxFault.reset());
        String slug = uniqueSlug("flaky");

        long started = System.nanoTime();
        createTenant(slug, List.of(slug + ".example"));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("the API answers at once")
                .isLessThan(Duration.ofSeconds(2));

        // OCIS answers 503 at once. Its retried lookups reach the threshold (four failed calls) in
        // this one run: the circuit opens, and from then on calls fail fast without reaching OCIS.
        JsonNode ocisFailed = awaitTenant(slug, t -> t.at("/provisioning/ocis/state").asString().equals("error"));
        assertThat(ocisFailed.at("/provisioning/ocis/lastError").asString()).startsWith("ocis: ");
        assertThat(ocisFailed.at("/provisioning/ocis/attempts").asInt()).isEqualTo(1);
        assertThat(ocisFailed.at("/provisioning/ocis/lastErrorAt").isString()).isTrue();
        assertThat(upstream("ocis").get("circuitBreaker").asString()).isEqualTo("open");
        sandbox.forgetServedRequests();
        operator().post("/tenants/" + slug + "/reconcile", Map.of()).expect(202);
        JsonNode fastFailed = awaitTenant(slug, t -> t.at("/provisioning/ocis/attempts").asInt() == 2);
        // Issue 15, item 14: the error names what opened the circuit, not only that it is open.
        assertThat(fastFailed.at("/provisioning/ocis/lastError").asString()).contains("circuit open").contains("503");
        assertThat(sandbox.servedRequests()).noneMatch(e -> e.getRequest().getUrl().startsWith("/ocis/"));

        // The slow and the resetting upstream are recorded as failed too; the tenant stays pending.
        JsonNode failed = awaitTenant(slug, t -> List.of("authentik", "stalwart").stream()
                .allMatch(i -> t.at("/provisioning/" + i + "/state").asString().equals("error")));
        assertThat(failed.get("status").asString()).isEqualTo("pending");
        // The timeout is recorded; a rerun asked for meanwhile may since have met Stalwart's open circuit.
        assertThat(failed.at("/provisioning/stalwart/lastError").asString()).startsWith("stalwart: ");
        assertThat(operator().get("/audit?tenant=" + slug + "&action=tenant.provisioning_failed").body().toString())
                .contains("stalwart: SocketTimeoutException");
        assertThat(failed.at("/provisioning/authentik/lastError").asString()).startsWith("authentik: ");

        // Recovery: once the circuits let trial calls through, reconciles (as the scheduled retry
        // makes them) converge; a half-open circuit admits only a few calls, so it may take two.
        sandbox.reset();
        awaitNoOpenCircuit();
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(300)).until(() -> {
            operator().post("/tenants/" + slug + "/reconcile", Map.of()).expect(202);
            return tenant(slug);
        }, t -> t.get("status").asString().equals("active"));
        JsonNode recovered = awaitTenant(slug, ProvisioningApiTest::allOk);
        assertThat(recovered.at("/provisioning/ocis/lastError").isNull()).isTrue();
        assertThat(sandbox.counts("ocis")).containsEntry("drives", 1).containsEntry("groups", 1);
        assertThat(sandbox.counts("stalwart")).containsEntry("domains", 1);
        assertThat(sandbox.counts("authentik")).containsEntry("groups", 2);

        JsonNode audit = operator().get("/audit?tenant=" + slug + "&action=tenant.provisioning_failed").expect(200).body();
        assertThat(audit.get("items").findValuesAsString("action")).isNotEmpty();
        JsonNode requested = operator().get("/audit?tenant=" + slug + "&action=tenant.reconcile_requested").expect(200).body();
        assertThat(requested.get("items")).isNotEmpty().allSatisfy(event ->
                assertThat(event.at("/actor/email").asString()).isEqualTo("ada@example.com"));
    }

    @Test
    void suspendDisablesTheDriveAndDeactivatesOnlyUsersWithoutAnotherActiveTenantAndResumeReverses() {
        String slug = uniqueSlug("susp");
        String other = uniqueSlug("other");
        createTenant(slug, List.of());
        createTenant(other, List.of());
        awaitTenant(slug, t -> t.get("status").asString().equals("active"));
        awaitTenant(other, t -> t.get("status").asString().equals("active"));

        operator().post("/tenants/" + slug + "/members/invite", Map.of("name", "Only Here", "email", slug + "-only@example.com"))
                .expect(201);
        operator().post("/tenants/" + other + "/members/invite", Map.of("name", "In Both", "email", "both@example.com"))
                .expect(201);
        // "both" signs in with the groups of both tenants.
        as(issuers.token(TestIssuers.PORTAL, "both", c -> c.claim("email", "both@example.com")
                .claim("groups", List.of("dezky-tenant-" + slug, "dezky-tenant-" + other)))).get("/me").expect(200);

        operator().post("/tenants/" + slug + "/suspend", Map.of("reason", "unpaid invoices")).expect(200);
        JsonNode suspended = awaitTenant(slug, t -> t.at("/provisioning/ocis/state").asString().equals("ok")
                && t.at("/provisioning/authentik/externalIds/deactivatedUsers").isString());
        String drive = suspended.at("/provisioning/ocis/externalIds/drive").asString();
        assertThat(ocis.findDrive(drive)).hasValueSatisfying(d -> assertThat(d.disabled()).isTrue());
        assertThat(sandbox.directoryEntry(slug + "-only@example.com")).hasValueSatisfying(u -> assertThat(u.active()).isFalse());
        assertThat(sandbox.directoryEntry("both@example.com")).hasValueSatisfying(u -> assertThat(u.active()).isTrue());

        operator().post("/tenants/" + slug + "/resume", Map.of()).expect(200);
        awaitTenant(slug, t -> allOk(t) && t.at("/provisioning/authentik/externalIds/deactivatedUsers").isMissingNode());
        assertThat(ocis.findDrive(drive)).hasValueSatisfying(d -> assertThat(d.disabled()).isFalse());
        assertThat(sandbox.directoryEntry(slug + "-only@example.com")).hasValueSatisfying(u -> assertThat(u.active()).isTrue());

        JsonNode audit = operator().get("/audit?tenant=" + slug + "&action=tenant.provisioned").expect(200).body();
        assertThat(audit.toString()).contains("disabled drive", "restored drive", "deactivated user");
    }

    /** Found by the acceptance suite (issue 15, item 1), in the order it happened there. */
    @Test
    void resumeReactivatesOnlyMembersTheSuspensionDeactivatedWhoAreStillActiveMembers() {
        String slug = uniqueSlug("back");
        createTenant(slug, List.of());
        awaitTenant(slug, t -> t.get("status").asString().equals("active"));
        String emailA = slug + "-a@example.com";
        String emailB = slug + "-b@example.com";
        String emailC = slug + "-c@example.com";
        String a = invite(slug, "Member A", emailA);
        String b = invite(slug, "Member B", emailB);
        invite(slug, "Member C", emailC);

        operator().post("/tenants/" + slug + "/suspend", Map.of("reason", "unpaid invoices")).expect(200);
        awaitTenant(slug, t -> allOk(t) && t.at("/provisioning/authentik/externalIds/deactivatedUsers").isString());
        operator().post("/users/" + a + "/deactivate", Map.of()).expect(200);
        operator().post("/tenants/" + slug + "/members/" + b + "/deactivate", Map.of()).expect(200);
        operator().post("/tenants/" + slug + "/resume", Map.of()).expect(200);
        awaitTenant(slug, t -> allOk(t) && t.at("/provisioning/authentik/externalIds/deactivatedUsers").isMissingNode());

        assertThat(sandbox.directoryEntry(emailA)).hasValueSatisfying(u -> assertThat(u.active()).isFalse());
        assertThat(sandbox.directoryEntry(emailB)).hasValueSatisfying(u -> assertThat(u.active()).isFalse());
        assertThat(sandbox.directoryEntry(emailC)).hasValueSatisfying(u -> assertThat(u.active()).isTrue());
        String subjectA = operator().get("/users?q=" + emailA).expect(200).body().at("/items/0/subject").asString();
        Api memberA = as(issuers.token(TestIssuers.PORTAL, subjectA, c -> c.claim("email", emailA)
                .claim("groups", List.of("dezky-tenant-" + slug))));
        memberA.get("/tenants/" + slug).expectProblem(403, "forbidden");
        memberA.get("/me").expectProblem(403, "forbidden");
        assertThat(operator().get("/audit?tenant=" + slug + "&action=tenant.provisioned").expect(200).body().toString())
                .contains("reactivated user " + emailC, "kept user");
    }

    @Test
    void aDomainGivenUpCanBeTakenOnlyOnceItsRemovalCompletedAndIsThenNeverDestroyedByTheGiver() {
        String giver = uniqueSlug("giver");
        String taker = uniqueSlug("taker");
        String domain = giver + ".example";
        createTenant(giver, List.of(domain));
        awaitTenant(giver, t -> t.get("status").asString().equals("active"));

        sandbox.fault("stalwart", SandboxFault.error());
        giveUpDomains(giver);
        awaitTenant(giver, t -> t.at("/provisioning/stalwart/state").asString().equals("error"));
        operator().post("/tenants", Map.of("slug", taker, "name", "Taker", "plan", "business", "seatCap", 10,
                "domains", List.of(domain))).expectProblem(409, "conflict");

        healStalwart();
        operator().post("/tenants/" + giver + "/reconcile", Map.of()).expect(202);
        awaitTenant(giver, t -> t.at("/provisioning/stalwart/state").asString().equals("ok"));
        assertThat(sandbox.counts("stalwart")).containsEntry("domains", 0);
        createTenant(taker, List.of(domain));
        awaitTenant(taker, t -> t.get("status").asString().equals("active"));
        operator().post("/tenants/" + giver + "/reconcile", Map.of()).expect(202);
        awaitTenant(giver, Provisioning::allOkOf);

        assertThat(sandbox.counts("stalwart")).containsEntry("domains", 1);
        assertThat(tenant(taker).at("/provisioning/stalwart/externalIds").has(domain)).isTrue();
    }

    /** Found by the acceptance suite (issue 15, item 2): a domain adopted before its giver had claims. */
    @Test
    void aReconcileNeverDestroysAMailDomainThatAnotherTenantHasAdopted() {
        String giver = uniqueSlug("legacy");
        String taker = uniqueSlug("adopter");
        String domain = giver + ".example";
        createTenant(giver, List.of(domain));
        awaitTenant(giver, t -> t.get("status").asString().equals("active"));
        // As a tenant provisioned before claims were kept.
        mongo.remove(query(where("_id").is("stalwart:domain:" + domain)), "upstream_claims");
        sandbox.fault("stalwart", SandboxFault.error());
        giveUpDomains(giver);
        awaitTenant(giver, t -> t.at("/provisioning/stalwart/state").asString().equals("error"));
        healStalwart();

        createTenant(taker, List.of(domain));
        awaitTenant(taker, t -> t.get("status").asString().equals("active"));
        operator().post("/tenants/" + giver + "/reconcile", Map.of()).expect(202);
        JsonNode gave = awaitTenant(giver, Provisioning::allOkOf);

        assertThat(gave.at("/provisioning/stalwart/externalIds").has(domain)).isFalse();
        assertThat(sandbox.counts("stalwart")).containsEntry("domains", 1);
        assertThat(tenant(taker).at("/provisioning/stalwart/state").asString()).isEqualTo("ok");
        assertThat(operator().get("/audit?tenant=" + giver + "&action=tenant.provisioned").expect(200).body().toString())
                .contains("left domain " + domain + " to tenant " + taker);
    }

    private void giveUpDomains(String slug) {
        String etag = operator().get("/tenants/" + slug).expect(200).etag();
        operator().patch("/tenants/" + slug, Map.of("domains", List.of()), etag).expect(200);
    }

    private void healStalwart() {
        sandbox.clearFault("stalwart");
        upstreams.calls("stalwart").circuitBreaker().reset();
    }

    private String invite(String slug, String name, String email) {
        return operator().post("/tenants/" + slug + "/members/invite", Map.of("name", name, "email", email)).expect(201)
                .body().get("userId").asString();
    }

    @Test
    void purgeAfterTheGracePeriodRemovesTheDriveTheMailDomainAndTheGroups() {
        String slug = uniqueSlug("gone");
        createTenant(slug, List.of(slug + ".example"));
        awaitTenant(slug, t -> t.get("status").asString().equals("active"));
        operator().delete("/tenants/" + slug).expect(200);
        awaitTenant(slug, Provisioning::allOkOf);

        sandbox.fault("stalwart", SandboxFault.error());
        tenantService.purgeExpired();
        assertThat(operator().get("/tenants/" + slug).status()).as("kept while a purge step fails").isEqualTo(200);

        sandbox.clearFault("stalwart");
        // Stalwart's circuit may have opened on the failed purge: the purge succeeds once it lets calls through.
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            tenantService.purgeExpired();
            assertThat(operator().get("/tenants/" + slug).status()).isEqualTo(404);
        });
        assertThat(sandbox.counts("ocis")).containsEntry("drives", 0).containsEntry("groups", 0);
        assertThat(sandbox.counts("stalwart")).containsEntry("domains", 0);
        assertThat(sandbox.counts("authentik")).containsEntry("groups", 0);
    }

    @Test
    void reconcileRecreatesWhatAnUpstreamLostInsteadOfTrustingTheKeptIds() {
        String slug = uniqueSlug("lost");
        createTenant(slug, List.of(slug + ".example"));
        awaitTenant(slug, t -> t.get("status").asString().equals("active"));
        sandbox.reset();
        sandbox.forgetServedRequests();

        operator().post("/tenants/" + slug + "/reconcile", Map.of()).expect(202);
        JsonNode restored = awaitTenant(slug, ProvisioningApiTest::allOk);

        assertThat(sandbox.counts("stalwart")).containsEntry("domains", 1);
        assertThat(sandbox.counts("ocis")).containsEntry("drives", 1).containsEntry("groups", 1);
        assertThat(sandbox.counts("authentik")).containsEntry("groups", 2);
        String drive = restored.at("/provisioning/ocis/externalIds/drive").asString();
        assertThat(ocis.findDrive(drive)).isPresent();
        assertThat(sandbox.servedRequests()).anyMatch(e -> e.getRequest().getUrl().endsWith("/root/invite"));
    }

    @Test
    void theScheduledRetryHealsAnIntegrationLeftInErrorOnceItsUpstreamIsBack() {
        sandbox.fault("ocis", SandboxFault.error());
        String slug = uniqueSlug("heal");
        createTenant(slug, List.of());
        awaitTenant(slug, t -> t.at("/provisioning/ocis/state").asString().equals("error"));
        sandbox.clearFault("ocis");
        upstreams.calls("ocis").circuitBreaker().reset();
        assertThat(provisioner.retryStalled(100)).as("not stalled for a retry interval yet").isZero();

        mongo.updateMulti(query(where("tenant").is(slug)), new Update().set("updatedAt", Instant.now().minus(Duration.ofHours(2))),
                ProvisioningRecord.class);
        assertThat(provisioner.retryStalled(100)).isEqualTo(1);
        awaitTenant(slug, t -> t.get("status").asString().equals("active") && allOk(t));
    }

    @Test
    void reconcileOfAnUnknownTenantIsNotFoundAndForbiddenToPortalUsers() {
        operator().post("/tenants/no-such-tenant/reconcile", Map.of()).expectProblem(404, "not-found");
        portalUser("pat", List.of("dezky-tenant-x")).post("/tenants/x/reconcile", Map.of()).expect(403);
        portalUser("pat", List.of()).get("/upstreams").expect(403);
    }

    @Test
    void upstreamsAndProvisioningOutcomesAreVisibleToOperatorsAndInMetrics() throws Exception {
        String slug = uniqueSlug("seen");
        createTenant(slug, List.of());
        awaitTenant(slug, t -> t.get("status").asString().equals("active"));
        JsonNode ocisStatus = upstream("ocis");
        assertThat(ocisStatus.get("enabled").asBoolean()).isTrue();
        assertThat(ocisStatus.get("sandbox").asBoolean()).isTrue();

        String metrics = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + managementPort + "/actuator/prometheus")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        assertThat(metrics).contains("dezky_provisioning_outcomes_total{", "integration=\"ocis\"", "result=\"ok\"")
                .contains("resilience4j_circuitbreaker_state{", "dezky_upstream_calls_total{", "dezky_upstream_call_duration_seconds_bucket{");
    }

    private JsonNode createTenant(String slug, List<String> domains) {
        return operator().post("/tenants", Map.of("slug", slug, "name", "Tenant " + slug, "plan", "business",
                "seatCap", 10, "domains", domains)).expect(201).body();
    }

    private JsonNode tenant(String slug) {
        return operator().get("/tenants/" + slug).expect(200).body();
    }

    private JsonNode awaitTenant(String slug, Predicate<JsonNode> condition) {
        return await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50))
                .until(() -> tenant(slug), condition::test);
    }

    private JsonNode upstream(String name) {
        for (JsonNode upstream : operator().get("/upstreams").expect(200).body()) {
            if (upstream.get("name").asString().equals(name)) {
                return upstream;
            }
        }
        throw new AssertionError("no upstream " + name);
    }

    private static boolean allOk(JsonNode tenant) {
        return Provisioning.allOkOf(tenant);
    }

    /** Every integration of the tenant is ok. */
    static final class Provisioning {
        static boolean allOkOf(JsonNode tenant) {
            return List.of("authentik", "stalwart", "ocis").stream()
                    .allMatch(i -> tenant.at("/provisioning/" + i + "/state").asString("").equals("ok"));
        }
    }
}
