package com.dezky.platform.security;

import static com.dezky.platform.testing.Outcomes.assertOutcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.dezky.model.tenant.TenantStatus;
import com.dezky.platform.tenant.Tenant;
import com.dezky.platform.tenant.TenantFixtures;
import com.dezky.platform.testing.Api;
import com.dezky.platform.testing.ApiTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every endpoint the customer portal uses, for each kind of portal caller: a member of the
 * tenant, an admin of it, a member of another tenant, and a platform admin holding a portal
 * token (who is nobody special in the portal). "ok" means past authorization.
 */
class PortalMembershipMatrixTest extends ApiTest {

    static final String TENANT = "matrix-tenant";

    @BeforeEach
    void tenantExists() {
        if (!mongo.exists(query(where("slug").is(TENANT)), Tenant.class)) {
            TenantFixtures.insert(mongo, TENANT, TenantStatus.ACTIVE, "business", 10, null);
        }
    }

    @ParameterizedTest(name = "{0} {1}: member={2} admin={3} other-tenant={4} platform-admin-portal-token={5}")
    @CsvSource({
            "GET,  /me,                                         ok,  ok,  ok,  ok",
            "GET,  /plans,                                      ok,  ok,  ok,  ok",
            "GET,  /flags,                                      ok,  ok,  ok,  ok",
            "GET,  /tenants/matrix-tenant,                      ok,  ok,  403, 403",
            "GET,  /tenants/matrix-tenant/users,                ok,  ok,  403, 403",
            "GET,  /tenants/matrix-tenant/incidents,            ok,  ok,  403, 403",
            "POST, /tenants/matrix-tenant/members/invite,       403, ok,  403, 403",
            "POST, /tenants/matrix-tenant/members/x/deactivate, 403, ok,  403, 403",
            "POST, /flags/evaluate,                             ok,  ok,  403, 403",
            // OFREP answers in its own error shape: INVALID_CONTEXT, the same as for an unknown tenant.
            "POST, /ofrep/v1/evaluate/flags,                    ok,  ok,  400, 400",
            "GET,  /tenants,                                    403, 403, 403, 403",
            "GET,  /users,                                      403, 403, 403, 403"})
    void eachPortalCallerReachesExactlyWhatTheirMembershipAllows(String method, String path, String member, String admin,
            String otherTenant, String platformAdmin) {
        assertOutcome(call(portalUser("m", List.of("dezky-tenant-" + TENANT)), method, path), member, "member");
        assertOutcome(call(portalUser("a", List.of("dezky-tenant-" + TENANT + "-admins")), method, path), admin, "admin");
        assertOutcome(call(portalUser("o", List.of("dezky-tenant-elsewhere-admins")), method, path), otherTenant, "other tenant");
        assertOutcome(call(as(issuers.portalAdmin("p")), method, path), platformAdmin, "platform admin with a portal token");
    }

    @Test
    void meListsOnlyTheCallersTenantsWithTheirRole() {
        var me = portalUser("a2", List.of("dezky-tenant-" + TENANT + "-admins")).get("/me").expect(200).body();
        assertThat(me.get("tenants").findValuesAsString("slug")).containsExactly(TENANT);
        assertThat(me.at("/tenants/0/admin").asBoolean()).isTrue();
        assertThat(portalUser("m2", List.of("dezky-tenant-" + TENANT)).get("/me").body().at("/tenants/0/admin").asBoolean()).isFalse();
        assertThat(portalUser("o2", List.of("dezky-tenant-elsewhere")).get("/me").body().get("tenants")).isEmpty();
    }


    private static int call(Api api, String method, String path) {
        Map<String, Object> body = path.startsWith("/flags/evaluate") ? Map.of("tenantSlug", TENANT)
                : path.startsWith("/ofrep") ? Map.of("context", Map.of("targetingKey", TENANT))
                : path.endsWith("/invite") ? Map.of("name", "New", "email", "new@example.com") : Map.of();
        return method.equals("GET") ? api.get(path).status() : api.post(path, body).status();
    }
}
