package com.dezky.platform.invite;

import static org.assertj.core.api.Assertions.assertThat;

import com.dezky.platform.testing.Api;
import com.dezky.platform.testing.SandboxApiTest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A tenant's active members never exceed its seat cap: neither by an invite nor by lowering the cap. */
class SeatCapTest extends SandboxApiTest {

    @Test
    void anOperatorInviteIntoAFullTenantIsAConflictThatSaysSo() {
        String slug = tenant(2);
        invite(operator(), slug, "first").expect(201);
        invite(operator(), slug, "second").expect(201);

        JsonNode full = invite(operator(), slug, "third").expectProblem(409, "seat-cap-reached").body();

        assertThat(full.get("detail").asString()).contains("all 2 of its seats");
        assertThat(full.get("activeMembers").asLong()).isEqualTo(2);
        assertThat(full.get("seatCap").asInt()).isEqualTo(2);
        assertThat(sandbox.directoryEntry(slug + "-third@example.com")).as("nobody created upstream").isEmpty();
    }

    @Test
    void aTenantAdminsInviteIsHeldToTheSameCapAndADeactivatedMemberFreesASeat() {
        String slug = tenant(2);
        Api admin = portalUser(slug + "-admin", List.of("dezky-tenant-" + slug + "-admins"));
        admin.get("/me").expect(200);
        String member = invite(admin, slug, "member").expect(201).body().get("userId").asString();

        invite(admin, slug, "one-too-many").expectProblem(409, "seat-cap-reached");

        admin.post("/tenants/" + slug + "/members/" + member + "/deactivate", Map.of()).expect(200);
        invite(admin, slug, "replacement").expect(201);
    }

    @Test
    void invitesAtTheSameMomentNeverTakeMoreSeatsThanThereAre() {
        String slug = tenant(3);
        List<CompletableFuture<Integer>> invites = java.util.stream.IntStream.range(0, 6)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> invite(operator(), slug, "racer" + i).status()))
                .toList();

        List<Integer> statuses = invites.stream().map(CompletableFuture::join).toList();

        assertThat(statuses).filteredOn(status -> status == 201).hasSize(3);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(3);
        assertThat(operator().get("/tenants/" + slug + "/users").body().get("totalItems").asLong()).isEqualTo(3);
    }

    @Test
    void loweringTheCapBelowTheActiveMembersIsAConflictWithTheCount() {
        String slug = tenant(5);
        invite(operator(), slug, "a").expect(201);
        invite(operator(), slug, "b").expect(201);
        String etag = operator().get("/tenants/" + slug).etag();

        JsonNode tooLow = operator().patch("/tenants/" + slug, Map.of("seatCap", 1), etag)
                .expectProblem(409, "seat-cap-too-low").body();

        assertThat(tooLow.get("activeMembers").asLong()).isEqualTo(2);
        assertThat(tooLow.get("detail").asString()).contains("2 active members");
        operator().patch("/tenants/" + slug, Map.of("seatCap", 2), etag).expect(200);
    }

    private String tenant(int seats) {
        String slug = uniqueSlug("seats");
        operator().post("/tenants", Map.of("slug", slug, "name", "Seats " + slug, "plan", "business", "seatCap", seats))
                .expect(201);
        return slug;
    }

    private static Api.Response invite(Api who, String slug, String name) {
        return who.post("/tenants/" + slug + "/members/invite", Map.of("name", name, "email", slug + "-" + name + "@example.com"));
    }
}
