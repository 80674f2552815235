package com.dezky.platform.invite;

import static org.assertj.core.api.Assertions.assertThat;

import com.dezky.platform.testing.SandboxApiTest;
import com.dezky.platform.testing.TestIssuers;
import com.dezky.upstream.authentik.AuthentikClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Inviting operators and tenant members, and deactivating users, against the authentik sandbox. */
class InviteApiTest extends SandboxApiTest {

    @Autowired
    AuthentikClient authentik;

    @AfterEach
    void noRecoveryFlow() {
        sandbox.authentikRecoveryFlow(false);
    }

    /** Found by the acceptance suite (issue 15, item 11): 10 at once gave one 201, eight 409 and one 502. */
    @Test
    void tenParallelInvitesOfOneAddressIntoDifferentGroupsCreateOneUserAndTheRestAre409() throws Exception {
        String first = uniqueSlug("par");
        String second = uniqueSlug("par");
        for (String slug : List.of(first, second)) {
            operator().post("/tenants", Map.of("slug", slug, "name", "Parallel", "plan", "business", "seatCap", 50))
                    .expect(201);
        }
        String email = uniqueSlug("twice") + "@dezky.com";
        CyclicBarrier start = new CyclicBarrier(10);
        List<CompletableFuture<Integer>> invites = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String path = switch (i % 3) {
                case 0 -> "/users/invite";
                case 1 -> "/tenants/" + first + "/members/invite";
                default -> "/tenants/" + second + "/members/invite";
            };
            invites.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return operator().post(path, Map.of("name", "Twice", "email", email)).status();
            }));
        }
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<Integer> invite : invites) {
            statuses.add(invite.get());
        }

        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
        assertThat(sandbox.directoryEntry(email)).isPresent();
    }

    @Test
    void invitedOperatorIsInTheAdminsGroupListedAtOnceAndGetsExactlyATemporaryPassword() {
        String email = uniqueSlug("op") + "@dezky.com";
        JsonNode invited = operator().post("/users/invite", Map.of("name", "Olga Operator", "email", email))
                .expect(201).body();

        assertThat(invited.get("tempPassword").asString()).hasSize(16);
        assertThat(invited.has("link")).isFalse();
        assertThat(invited.get("username").asString()).isEqualTo(email);
        var upstream = sandbox.directoryEntry(email).orElseThrow();
        assertThat(upstream.groups()).containsExactly("dezky-platform-admins");
        assertThat(invited.get("subject").asString()).isEqualTo(upstream.uid());

        JsonNode admins = operator().get("/users?view=admins&q=" + email).expect(200).body();
        assertThat(admins.get("items")).singleElement().satisfies(user -> {
            assertThat(user.get("platformAdmin").asBoolean()).isTrue();
            assertThat(user.get("active").asBoolean()).isTrue();
            assertThat(user.get("lastLoginAt").isNull()).isTrue();
            assertThat(user.get("id").asString()).isEqualTo(invited.get("userId").asString());
        });

        JsonNode audit = operator().get("/audit?action=platform.user_invited").expect(200).body();
        assertThat(audit.toString()).contains(email, "temporary_password")
                .doesNotContain(invited.get("tempPassword").asString());
    }

    @Test
    void withARecoveryFlowTheInviteAnswersALinkAndNoPassword() {
        sandbox.authentikRecoveryFlow(true);
        JsonNode invited = operator().post("/users/invite",
                Map.of("name", "Lena Link", "email", uniqueSlug("link") + "@dezky.com")).expect(201).body();
        assertThat(invited.get("link").asString()).startsWith("http://auth.localhost/");
        assertThat(invited.has("tempPassword")).isFalse();
    }

    /** Found by the acceptance suite (issue 15, item 10): hedy@gmail.com was accepted as a platform admin. */
    @Test
    void operatorsAreInvitedOnlyAtTheConfiguredDomainsAndTheDialogCanSaySoFirst() {
        JsonNode refused = operator().post("/users/invite", Map.of("name", "Hedy", "email", "hedy@gmail.com"))
                .expectProblem(422, "invalid-request").body();

        assertThat(refused.at("/errors/0/field").asString()).isEqualTo("email");
        assertThat(refused.at("/errors/0/message").asString()).contains("dezky.com");
        assertThat(sandbox.directoryEntry("hedy@gmail.com")).isEmpty();
        assertThat(operator().get("/users/invite-policy").expect(200).body().get("emailDomains").get(0).asString())
                .isEqualTo("dezky.com");
        operator().post("/users/invite", Map.of("name", "Hedy", "email", uniqueSlug("hedy") + "@DEZKY.com")).expect(201);
        portalUser("kim", List.of("dezky-tenant-any-admins")).get("/users/invite-policy").expectProblem(403, "forbidden");
    }

    @Test
    void anEmailThatExistsLocallyOrInAuthentikIsAConflictAndBadInputIsRejected() {
        String email = uniqueSlug("twice") + "@dezky.com";
        operator().post("/users/invite", Map.of("name", "Twice", "email", email)).expect(201);
        operator().post("/users/invite", Map.of("name", "Twice", "email", email.toUpperCase()))
                .expectProblem(409, "conflict");
        // Known here only (signed in, never invited), and known to authentik only: conflicts too.
        String seen = uniqueSlug("seen") + "@dezky.com";
        as(issuers.token(TestIssuers.OPERATOR, uniqueSlug("seen"), claims -> claims.claim("email", seen))).get("/me")
                .expect(200);
        operator().post("/users/invite", Map.of("name", "Seen", "email", seen)).expectProblem(409, "conflict");
        String upstreamOnly = uniqueSlug("upstream") + "@dezky.com";
        authentik.createUser(upstreamOnly, "Upstream Only", List.of());
        operator().post("/users/invite", Map.of("name", "Upstream", "email", upstreamOnly)).expectProblem(409, "conflict");

        JsonNode invalid = operator().post("/users/invite", Map.of("name", "", "email", "not-an-email"))
                .expectProblem(400, "invalid-request").body();
        assertThat(invalid.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("name", "email");
    }

    @Test
    void tenantAdminsAndOperatorsInviteMembersButPlainMembersCannot() {
        String slug = uniqueSlug("team");
        operator().post("/tenants", Map.of("slug", slug, "name", "Team", "plan", "starter", "seatCap", 5)).expect(201);
        var admin = portalUser("alex", List.of("dezky-tenant-" + slug + "-admins"));
        var member = portalUser("sam", List.of("dezky-tenant-" + slug));

        JsonNode invited = admin.post("/tenants/" + slug + "/members/invite",
                Map.of("name", "New Member", "email", slug + "-new@example.com")).expect(201).body();
        assertThat(sandbox.directoryEntry(slug + "-new@example.com").orElseThrow().groups())
                .containsExactly("dezky-tenant-" + slug);
        JsonNode members = admin.get("/tenants/" + slug + "/users").expect(200).body();
        assertThat(members.get("items").findValuesAsString("email")).contains(slug + "-new@example.com");
        assertThat(invited.get("subject").asString()).hasSize(64);

        member.post("/tenants/" + slug + "/members/invite", Map.of("name", "X", "email", slug + "-x@example.com"))
                .expectProblem(403, "forbidden");
        member.post("/tenants/" + slug + "/members/invite", Map.of()).expectProblem(403, "forbidden");
        as(issuers.token(TestIssuers.PORTAL, "other", c -> c.claim("groups", List.of("dezky-tenant-elsewhere-admins"))))
                .post("/tenants/" + slug + "/members/invite", Map.of("name", "X", "email", slug + "-y@example.com"))
                .expect(403);
        operator().post("/tenants/" + slug + "/members/invite", Map.of("name", "By Operator",
                "email", slug + "-op@example.com")).expect(201);
        assertThat(sandbox.directoryEntry(slug + "-y@example.com")).isEmpty();

        JsonNode audit = operator().get("/audit?tenant=" + slug + "&action=tenant.member_invited").expect(200).body();
        assertThat(audit.get("items")).hasSize(2);
    }

    @Test
    void aTenantAdminRemovesAMemberWhoIsThenDeactivatedForBelongingToNoTenant() {
        String slug = uniqueSlug("crew");
        operator().post("/tenants", Map.of("slug", slug, "name", "Crew", "plan", "starter", "seatCap", 5)).expect(201);
        var admin = portalUser("chief", List.of("dezky-tenant-" + slug + "-admins"));
        String email = slug + "-leaving@example.com";
        String id = admin.post("/tenants/" + slug + "/members/invite", Map.of("name", "Leaving", "email", email))
                .expect(201).body().get("userId").asString();

        portalUser("crew", List.of("dezky-tenant-" + slug)).post("/tenants/" + slug + "/members/" + id + "/deactivate", Map.of())
                .expectProblem(403, "forbidden");
        JsonNode removed = admin.post("/tenants/" + slug + "/members/" + id + "/deactivate", Map.of()).expect(200).body();

        assertThat(removed.get("active").asBoolean()).isFalse();
        assertThat(removed.get("tenantCount").asInt()).isZero();
        var upstream = sandbox.directoryEntry(email).orElseThrow();
        assertThat(upstream.groups()).isEmpty();
        assertThat(upstream.active()).isFalse();
        assertThat(admin.get("/tenants/" + slug + "/users").body().get("items").findValuesAsString("email")).doesNotContain(email);
        admin.post("/tenants/" + slug + "/members/" + id + "/deactivate", Map.of()).expectProblem(404, "not-found");
        assertThat(operator().get("/audit?tenant=" + slug + "&action=tenant.member_deactivated").body().get("items")).hasSize(1);
    }

    @Test
    void operatorsDeactivateOthersInAuthentikAndHereButNeverThemselves() {
        String email = uniqueSlug("leaver") + "@dezky.com";
        String id = operator().post("/users/invite", Map.of("name", "Leaver", "email", email)).expect(201)
                .body().get("userId").asString();

        JsonNode deactivated = operator().post("/users/" + id + "/deactivate", Map.of()).expect(200).body();
        assertThat(deactivated.get("active").asBoolean()).isFalse();
        assertThat(sandbox.directoryEntry(email).orElseThrow().active()).isFalse();
        assertThat(operator().get("/audit?action=platform.user_deactivated").body().toString()).contains(email);

        String self = operator().get("/me").expect(200).body().at("/user/id").asString();
        operator().post("/users/" + self + "/deactivate", Map.of()).expectProblem(409, "conflict");
        operator().post("/users/no-such-user/deactivate", Map.of()).expectProblem(404, "not-found");
    }
}
