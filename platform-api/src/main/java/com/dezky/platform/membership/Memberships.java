package com.dezky.platform.membership;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.dezky.model.Audience;
import com.dezky.model.Groups;
import com.dezky.platform.security.Caller;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Which tenants a caller belongs to: the tenants whose group ({@code dezky-tenant-<slug>}) is
 * in the token's {@code groups} claim, refreshed at every sign-in, plus explicit memberships.
 * Members of {@code dezky-tenant-<slug>-admins} administer the tenant.
 */
@Service
public class Memberships {

    private static final String TENANT_GROUP_PREFIX = Groups.tenantMembers("");
    private static final String ADMIN_SUFFIX = "-admins";

    private final MongoTemplate mongo;

    Memberships(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public boolean isMember(Caller caller, String tenant) {
        return caller.groups().contains(Groups.tenantMembers(tenant)) || isAdminByGroup(caller, tenant)
                || mongo.exists(explicit(caller, tenant), Membership.class);
    }

    public boolean isAdmin(Caller caller, String tenant) {
        return isAdminByGroup(caller, tenant)
                || mongo.exists(explicit(caller, tenant).addCriteria(where("admin").is(true)), Membership.class);
    }

    /**
     * Whether the caller may manage the tenant's members: operators, and admins of the tenant
     * signed in to the portal (an operator token's groups say nothing about the portal).
     */
    public boolean administers(Caller caller, String tenant) {
        return caller.isOperator() || (caller.client() == Audience.PORTAL && isAdmin(caller, tenant));
    }

    /** Every tenant slug the caller belongs to, sorted. */
    public Set<String> tenantsOf(Caller caller) {
        Set<String> tenants = new TreeSet<>(tenantsInGroups(caller.groups()));
        mongo.find(query(where("issuer").is(caller.issuer()).and("subject").is(caller.subject())), Membership.class)
                .forEach(membership -> tenants.add(membership.tenant()));
        return tenants;
    }

    /** Tenant slugs named by {@code dezky-tenant-<slug>} and {@code dezky-tenant-<slug>-admins} groups. */
    public static Set<String> tenantsInGroups(Iterable<String> groups) {
        Set<String> tenants = new TreeSet<>();
        for (String group : groups) {
            if (group.startsWith(TENANT_GROUP_PREFIX)) {
                String rest = group.substring(TENANT_GROUP_PREFIX.length());
                tenants.add(rest.endsWith(ADMIN_SUFFIX) ? rest.substring(0, rest.length() - ADMIN_SUFFIX.length()) : rest);
            }
        }
        tenants.remove("");
        return tenants;
    }

    private static boolean isAdminByGroup(Caller caller, String tenant) {
        return caller.groups().contains(Groups.tenantAdmins(tenant));
    }

    private static org.springframework.data.mongodb.core.query.Query explicit(Caller caller, String tenant) {
        return query(where("issuer").is(caller.issuer()).and("subject").is(caller.subject()).and("tenant").is(tenant));
    }
}
