package com.dezky.platform.membership;

import com.dezky.model.Groups;
import com.dezky.platform.security.Caller;
import com.dezky.platform.tenant.TenantChanged;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;

/**
 * Which tenants a person belongs to: the tenants whose group ({@code dezky-tenant-<slug>}) is in
 * the token's {@code groups} claim, refreshed at every sign-in, plus explicit memberships.
 * Members of {@code dezky-tenant-<slug>-admins} administer the tenant.
 */
@Service
public class Memberships {

    private static final String TENANT_GROUP_PREFIX = Groups.tenantMembers("");
    private static final String ADMIN_SUFFIX = "-admins";

    private final MembershipRecords records;
    private final Clock clock;

    Memberships(MembershipRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    public boolean isMember(Caller caller, String tenant) {
        return caller.groups().contains(Groups.tenantMembers(tenant)) || isAdminByGroup(caller, tenant)
                || records.existsByIssuerAndSubjectAndTenant(caller.issuer(), caller.subject(), tenant);
    }

    public boolean isAdmin(Caller caller, String tenant) {
        return isAdminByGroup(caller, tenant)
                || records.existsByIssuerAndSubjectAndTenantAndAdminTrue(caller.issuer(), caller.subject(), tenant);
    }

    /** Every tenant slug the caller belongs to, sorted. */
    public Set<String> tenantsOf(Caller caller) {
        Set<String> tenants = new TreeSet<>(tenantsInGroups(caller.groups()));
        records.findByIssuerAndSubject(caller.issuer(), caller.subject()).forEach(m -> tenants.add(m.tenant()));
        return tenants;
    }

    /** The people with an explicit membership of the tenant. */
    public List<Identity> explicitMembersOf(String tenant) {
        return records.findByTenant(tenant).stream().map(m -> new Identity(m.issuer(), m.subject())).toList();
    }

    /** Each person's tenants by explicit membership, for the people given. */
    public Map<Identity, Set<String>> explicitTenantsOf(Collection<Identity> people) {
        Map<Identity, Set<String>> tenants = new HashMap<>();
        if (people.isEmpty()) {
            return tenants;
        }
        for (Membership membership : records.findBySubjectIn(people.stream().map(Identity::subject).toList())) {
            Identity identity = new Identity(membership.issuer(), membership.subject());
            if (people.contains(identity)) {
                tenants.computeIfAbsent(identity, key -> new TreeSet<>()).add(membership.tenant());
            }
        }
        return tenants;
    }

    /** Whether the person has an explicit membership of any other tenant. */
    public boolean belongsElsewhere(Identity person, String tenant) {
        return records.existsByIssuerAndSubjectAndTenantNot(person.issuer(), person.subject(), tenant);
    }

    /** Records an explicit membership; a second time changes nothing. */
    public void add(Identity person, String tenant, boolean admin) {
        try {
            records.insert(new Membership(null, person.issuer(), person.subject(), tenant, admin, clock.instant()));
        } catch (DuplicateKeyException already) {
            // A member already.
        }
    }

    public void remove(Identity person, String tenant) {
        records.deleteByIssuerAndSubjectAndTenant(person.issuer(), person.subject(), tenant);
    }

    /** A purged tenant has no members left. */
    @ApplicationModuleListener(condition = "#changed.change() == T(com.dezky.platform.tenant.TenantChange).PURGED")
    public void on(TenantChanged changed) {
        records.deleteByTenant(changed.slug());
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
}
