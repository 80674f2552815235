package com.dezky.platform.provisioning;

import com.dezky.model.Groups;
import com.dezky.platform.membership.Memberships;
import com.dezky.platform.tenant.Tenant;
import com.dezky.platform.tenant.TenantDirectory;
import com.dezky.platform.user.UserAccount;
import com.dezky.platform.user.UserAccounts;
import com.dezky.upstream.Upstreams;
import com.dezky.upstream.authentik.AuthentikClient;
import com.dezky.upstream.authentik.AuthentikUser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Authentik: the groups {@code dezky-tenant-<slug>} and {@code dezky-tenant-<slug>-admins}.
 * While the tenant is suspended or deleted, its users who belong to no other active tenant are
 * deactivated (their pks are kept in {@code deactivatedUsers}); on resume exactly those are
 * reactivated.
 */
@Component
class IdentityIntegration implements UpstreamIntegration {

    private static final String DEACTIVATED = "deactivatedUsers";

    private final AuthentikClient authentik;
    private final UserAccounts users;
    private final TenantDirectory tenants;

    IdentityIntegration(AuthentikClient authentik, UserAccounts users, TenantDirectory tenants) {
        this.authentik = authentik;
        this.users = users;
        this.tenants = tenants;
    }

    @Override
    public String name() {
        return Upstreams.AUTHENTIK;
    }

    @Override
    public boolean enabled() {
        return authentik.enabled();
    }

    @Override
    public List<String> converge(Tenant tenant, Map<String, String> ids) {
        List<String> changes = new ArrayList<>();
        Map<String, String> attributes = Map.of("dezky.tenant", tenant.getSlug());
        var groups = Concurrently.both(
                () -> authentik.findOrCreateGroup(Groups.tenantMembers(tenant.getSlug()), attributes),
                () -> authentik.findOrCreateGroup(Groups.tenantAdmins(tenant.getSlug()), attributes));
        ids.put("group", groups.first().pk());
        ids.put("adminGroup", groups.second().pk());
        Set<String> deactivated = new LinkedHashSet<>(split(ids.get(DEACTIVATED)));
        if (tenant.getStatus().switchedOff()) {
            for (UserAccount user : usersOnlyIn(tenant.getSlug())) {
                AuthentikUser upstream = authentik.findUserByEmail(user.email()).orElse(null);
                if (upstream != null && upstream.active()) {
                    authentik.setActive(upstream.pk(), false);
                    deactivated.add(Integer.toString(upstream.pk()));
                    changes.add("deactivated user " + user.email());
                    ids.put(DEACTIVATED, String.join(",", deactivated));
                }
            }
        } else {
            for (String pk : List.copyOf(deactivated)) {
                authentik.setActive(Integer.parseInt(pk), true);
                deactivated.remove(pk);
                changes.add("reactivated user " + pk);
                ids.put(DEACTIVATED, String.join(",", deactivated));
            }
            ids.remove(DEACTIVATED);
        }
        return changes;
    }

    @Override
    public List<String> purge(Tenant tenant, Map<String, String> ids) {
        List<String> removed = new ArrayList<>();
        for (String name : List.of(Groups.tenantMembers(tenant.getSlug()), Groups.tenantAdmins(tenant.getSlug()))) {
            authentik.findGroup(name).ifPresent(group -> {
                authentik.deleteGroup(group.pk());
                removed.add("deleted group " + name);
            });
        }
        return removed;
    }

    /** Users of the tenant (through its groups) who are in no other active tenant. */
    private List<UserAccount> usersOnlyIn(String slug) {
        return users.inTenantGroups(slug).stream().filter(user -> {
            Set<String> others = new LinkedHashSet<>(Memberships.tenantsInGroups(user.groups()));
            others.remove(slug);
            return !tenants.anyActive(others);
        }).toList();
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
    }
}
