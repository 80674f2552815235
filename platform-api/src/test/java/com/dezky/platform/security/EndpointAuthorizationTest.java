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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who may call each endpoint (SECURITY.md R3): operator-only endpoints need an operator token
 * AND a platform admin; a portal token never reaches them, even a platform admin's; portal
 * members read only their own tenant. "ok" means the request got past authorization.
 */
class EndpointAuthorizationTest extends ApiTest {

    static final String TENANT = "authz-tenant";

    @BeforeEach
    void tenantExists() {
        if (!mongo.exists(query(where("slug").is(TENANT)), Tenant.class)) {
            TenantFixtures.insert(mongo, TENANT, TenantStatus.ACTIVE, "business", 10, null);
        }
    }

    @ParameterizedTest(name = "{0} {1}: operator-non-admin={2} portal-admin={3} member={4} outsider={5}")
    @CsvSource({
            "GET,    /me,                              ok,  ok,  ok,  ok",
            "GET,    /plans,                           ok,  ok,  ok,  ok",
            "GET,    /tenants,                         403, 403, 403, 403",
            "POST,   /tenants,                         403, 403, 403, 403",
            "GET,    /tenants/authz-tenant,            403, 403, ok,  403",
            "GET,    /tenants/authz-tenant/users,      403, 403, ok,  403",
            "PATCH,  /tenants/authz-tenant,            403, 403, 403, 403",
            "DELETE, /tenants/authz-tenant,            403, 403, 403, 403",
            "POST,   /tenants/authz-tenant/suspend,    403, 403, 403, 403",
            "POST,   /tenants/authz-tenant/resume,     403, 403, 403, 403",
            "POST,   /tenants/authz-tenant/restore,    403, 403, 403, 403",
            "POST,   /tenants/authz-tenant/reconcile,  403, 403, 403, 403",
            "POST,   /tenants/authz-tenant/members/invite, 403, 403, 403, 403",
            "POST,   /tenants/authz-tenant/members/x/deactivate, 403, 403, 403, 403",
            "GET,    /upstreams,                       403, 403, 403, 403",
            "GET,    /infrastructure,                  403, 403, 403, 403",
            "POST,   /users/invite,                    403, 403, 403, 403",
            "POST,   /users/some-user/deactivate,      403, 403, 403, 403",
            "GET,    /partners,                        403, 403, 403, 403",
            "POST,   /partners,                        403, 403, 403, 403",
            "GET,    /partners/some-partner,           403, 403, 403, 403",
            "PATCH,  /partners/some-partner,           403, 403, 403, 403",
            "DELETE, /partners/some-partner,           403, 403, 403, 403",
            "GET,    /partners/some-partner/tenants,   403, 403, 403, 403",
            "GET,    /billing/summary,                 403, 403, 403, 403",
            "GET,    /users,                           403, 403, 403, 403",
            "GET,    /audit,                           403, 403, 403, 403",
            "GET,    /audit/verify,                    403, 403, 403, 403",
            "GET,    /flags,                           ok,  ok,  ok,  ok",
            "GET,    /flags/some_flag,                 ok,  ok,  ok,  ok",
            "POST,   /flags,                           403, 403, 403, 403",
            "PATCH,  /flags/some_flag,                 403, 403, 403, 403",
            "DELETE, /flags/some_flag,                 403, 403, 403, 403",
            "POST,   /flags/some_flag/impact,          403, 403, 403, 403",
            "GET,    /incidents,                       403, 403, 403, 403",
            "GET,    /incidents/some-incident,         403, 403, 403, 403",
            "POST,   /incidents/some-incident/acknowledge, 403, 403, 403, 403",
            "POST,   /incidents/some-incident/updates, 403, 403, 403, 403",
            "GET,    /oncall/now,                      403, 403, 403, 403",
            "GET,    /oncall/schedule,                 403, 403, 403, 403",
            "PUT,    /oncall/schedule,                 403, 403, 403, 403",
            "GET,    /me/notifications,                403, 403, 403, 403",
            "PUT,    /me/notifications/read,           403, 403, 403, 403",
            "GET,    /tenants/authz-tenant/incidents,  403, 403, ok,  403",
            "GET,    /tenants/authz-tenant/incidents/x, 403, 403, ok, 403"})
    void enforcesWhoMayCallEachEndpoint(String method, String path, String operatorNonAdmin, String portalAdmin,
            String member, String outsider) {
        assertThat(call(operator(), method, path)).as("operator admin").isNotIn(401, 403);
        assertOutcome(call(operatorWithoutAdmin(), method, path), operatorNonAdmin, "operator without admin group");
        assertOutcome(call(as(issuers.portalAdmin("pat")), method, path), portalAdmin, "portal token of a platform admin");
        assertOutcome(call(portalUser("member", List.of("dezky-tenant-" + TENANT)), method, path), member, "member");
        assertOutcome(call(portalUser("outsider", List.of("dezky-tenant-elsewhere")), method, path), outsider, "outsider");
        assertThat(call(anonymous(), method, path)).as("anonymous").isEqualTo(401);
    }


    private static int call(Api api, String method, String path) {
        return switch (method) {
            case "GET" -> api.get(path).status();
            case "POST" -> api.post(path, Map.of()).status();
            case "PATCH" -> api.patch(path, Map.of(), "\"0\"").status();
            case "PUT" -> api.put(path, Map.of(), "\"0\"").status();
            case "DELETE" -> api.delete(path).status();
            default -> throw new IllegalArgumentException(method);
        };
    }
}
