package com.dezky.platform.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.dezky.model.tenant.TenantStatus;
import com.dezky.platform.membership.Identity;
import com.dezky.platform.membership.Memberships;
import com.dezky.platform.tenant.TenantFixtures;
import com.dezky.platform.testing.ApiTest;
import com.dezky.platform.testing.TestIssuers;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;

class UsersAndMembershipTest extends ApiTest {

    @Autowired
    Memberships memberships;

    @Test
    void meListsTenantsFromGroupsAndExplicitMembershipWithSeatsAndRole() {
        String viaGroup = uniqueSlug("grouped");
        String viaAdminGroup = uniqueSlug("admined");
        String explicit = uniqueSlug("explicit");
        TenantFixtures.insert(mongo, viaGroup, TenantStatus.ACTIVE, "business", 20, null);
        TenantFixtures.insert(mongo, viaAdminGroup, TenantStatus.SUSPENDED, "starter", 5, null);
        TenantFixtures.insert(mongo, explicit, TenantStatus.ACTIVE, "starter", 5, null);
        String subject = uniqueSlug("member");
        memberships.add(new Identity(issuers.issuerUri(TestIssuers.PORTAL), subject), explicit, false);

        JsonNode me = portalUser(subject, List.of("dezky-tenant-" + viaGroup, "dezky-tenant-" + viaAdminGroup + "-admins",
                "dezky-tenant-missing-tenant")).get("/me").expect(200).body();

        assertThat(me.at("/user/tenantCount").asInt()).isEqualTo(4);
        Map<String, JsonNode> bySlug = new java.util.HashMap<>();
        me.get("tenants").forEach(t -> bySlug.put(t.get("slug").asString(), t));
        assertThat(bySlug).containsOnlyKeys(viaGroup, viaAdminGroup, explicit);
        assertThat(bySlug.get(viaGroup).get("admin").asBoolean()).isFalse();
        assertThat(bySlug.get(viaGroup).get("seatCap").asInt()).isEqualTo(20);
        assertThat(bySlug.get(viaGroup).get("seatsUsed").asLong()).isEqualTo(1);
        assertThat(bySlug.get(viaAdminGroup).get("admin").asBoolean()).isTrue();
        assertThat(bySlug.get(viaAdminGroup).get("suspendedReason").asString()).isEqualTo("fixture");
    }

    @Test
    void tenantMembersAreListedMostRecentlySeenFirstForOperatorsAndMembersOnly() {
        String slug = uniqueSlug("team");
        TenantFixtures.insert(mongo, slug, TenantStatus.ACTIVE, "business", 20, null);
        portalUser(slug + "-old", List.of("dezky-tenant-" + slug)).get("/me").expect(200);
        mongo.updateFirst(Query.query(Criteria.where("subject").is(slug + "-old")),
                Update.update("lastLoginAt", Instant.now().minusSeconds(3600)), UserAccount.class);
        portalUser(slug + "-new", List.of("dezky-tenant-" + slug + "-admins")).get("/me").expect(200);
        portalUser(slug + "-outsider", List.of("dezky-tenant-other")).get("/me").expect(200);

        JsonNode members = operator().get("/tenants/" + slug + "/users").expect(200).body();
        assertThat(members.get("totalItems").asLong()).isEqualTo(2);
        assertThat(members.at("/items/0/subject").asString()).isEqualTo(slug + "-new");
        assertThat(members.at("/items/1/subject").asString()).isEqualTo(slug + "-old");

        portalUser(slug + "-old", List.of("dezky-tenant-" + slug)).get("/tenants/" + slug + "/users").expect(200);
        portalUser(slug + "-outsider", List.of("dezky-tenant-other")).get("/tenants/" + slug + "/users")
                .expectProblem(403, "forbidden");
        portalUser(slug + "-outsider", List.of()).get("/tenants/" + uniqueSlug("nonexistent"))
                .expectProblem(403, "forbidden");
    }

    @Test
    void usersListOffersAdminsAndInactiveViewsAndSearch() {
        String name = uniqueSlug("zed");
        as(issuers.token(TestIssuers.OPERATOR, name + "-admin", c -> c.claim("email", name + "-admin@dezky.test")
                .claim("groups", List.of("dezky-platform-admins")))).get("/me").expect(200);
        as(issuers.token(TestIssuers.OPERATOR, name + "-idle", c -> c.claim("email", name + "-idle@dezky.test")))
                .get("/me").expect(200);
        mongo.updateFirst(Query.query(Criteria.where("subject").is(name + "-idle")),
                Update.update("lastLoginAt", Instant.now().minusSeconds(31L * 24 * 3600)), UserAccount.class);

        assertThat(operator().get("/users?q=" + name).expect(200).body().get("totalItems").asLong()).isEqualTo(2);
        JsonNode admins = operator().get("/users?view=admins&q=" + name).body();
        assertThat(admins.get("totalItems").asLong()).isEqualTo(1);
        assertThat(admins.at("/items/0/email").asString()).isEqualTo(name + "-admin@dezky.test");
        JsonNode inactive = operator().get("/users?view=inactive&q=" + name.toUpperCase()).body();
        assertThat(inactive.get("totalItems").asLong()).isEqualTo(1);
        assertThat(inactive.at("/items/0/subject").asString()).isEqualTo(name + "-idle");
        operator().get("/users?view=everyone").expectProblem(400, "invalid-request");
    }

    @Test
    void usersAreFoundByAnyWordOfTheirNameOrAddressWithoutAccents() {
        String subject = uniqueSlug("grete");
        as(issuers.token(TestIssuers.OPERATOR, subject, c -> c.claim("email", subject + "@dezky.test")
                .claim("name", "Grete Jürgensen-Dóttir"))).get("/me").expect(200);

        for (String query : List.of("jurgensen", "JUERGEN", "dottir", "grete%20" + subject, subject)) {
            assertThat(operator().get("/users?q=" + query).expect(200).body().at("/items").findValuesAsString("subject"))
                    .as(query).contains(subject);
        }
        assertThat(operator().get("/users?q=rgensen%20" + subject).expect(200).body().get("totalItems").asLong())
                .as("a word is found by its start, not by any part").isZero();
    }
}
