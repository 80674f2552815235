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
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Authentik: the groups {@code dezky-tenant-<slug>} and {@code dezky-tenant-<slug>-admins}.
 * While the tenant is suspended or deleted, its users who belong to no other active tenant are
 * deactivated (kept as {@code <authentik pk>:<user id>} in {@code deactivatedUsers}); on resume
 * or restore only those of them are reactivated who are still active members of the tenant: one
 * deactivated by an operator or taken out of the tenant meanwhile stays deactivated.
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
                    deactivated.add(upstream.pk() + ":" + user.id());
                    changes.add("deactivated user " + user.email());
                    ids.put(DEACTIVATED, String.join(",", deactivated));
                }
            }
        } else {
            Map<String, String> activeMembers = deactivated.isEmpty() ? Map.of() : activeMembers(tenant.getSlug());
            for (String entry : List.copyOf(deactivated)) {
                String pk = entry.split(":", 2)[0];
                String userId = entry.contains(":") ? entry.split(":", 2)[1] : null;
                if (userId != null && activeMembers.containsKey(userId)) {
                    authentik.setActive(Integer.parseInt(pk), true);
                    changes.add("reactivated user " + activeMembers.get(userId));
                } else {
                    changes.add("kept user " + pk + " deactivated: no longer an active member");
                }
                deactivated.remove(entry);
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

    /** The tenant's members whose accounts are active here, by id, with their email. */
    private Map<String, String> activeMembers(String slug) {
        return users.inTenantGroups(slug).stream().filter(UserAccount::active)
                .collect(Collectors.toMap(UserAccount::id, UserAccount::email, (first, second) -> first));
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
