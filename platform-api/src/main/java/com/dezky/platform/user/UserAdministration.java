package com.dezky.platform.user;

import com.dezky.model.user.UserView;
import com.dezky.platform.audit.Occurrence;
import com.dezky.platform.membership.Identity;
import com.dezky.platform.membership.Memberships;
import com.dezky.platform.security.Caller;
import com.dezky.platform.store.Transactions;
import com.dezky.platform.web.ApiProblem;
import com.dezky.upstream.authentik.AuthentikClient;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Deactivating users (operators) and taking members out of a tenant (its admins), in authentik
 * and here. Nobody does either to themselves, so no one locks the last door by accident.
 */
@Service
class UserAdministration {

    private final Users users;
    private final Memberships memberships;
    private final AuthentikClient authentik;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Transactions transactions;

    UserAdministration(Users users, Memberships memberships, AuthentikClient authentik, ApplicationEventPublisher events,
            Clock clock, Transactions transactions) {
        this.transactions = transactions;
        this.users = users;
        this.memberships = memberships;
        this.authentik = authentik;
        this.events = events;
        this.clock = clock;
    }

    UserAccount deactivate(String id, Caller caller) {
        return transactions.write(() -> {
            UserAccount account = users.findById(id).orElseThrow(() -> ApiProblem.notFound("User " + id));
            if (isCaller(account, caller)) {
                throw ApiProblem.conflict("You cannot deactivate yourself.");
            }
            if (!account.active()) {
                return account;
            }
            boolean upstream = authentik.enabled() && account.email() != null;
            if (upstream) {
                authentik.findUserByEmail(account.email()).ifPresent(user -> authentik.setActive(user.pk(), false));
            }
            UserAccount deactivated = users.update(id, null, clock.instant());
            events.publishEvent(new UserChanged(Occurrence.byCaller(clock), UserChange.DEACTIVATED, id, account.email(), null,
                    Map.of("email", String.valueOf(account.email()), "inAuthentik", upstream)));
            return deactivated;
        });
    }

    /** Out of the tenant's groups in authentik and here; someone left in no tenant at all is deactivated. */
    UserAccount removeFromTenant(String tenant, String id, Caller caller) {
        return transactions.write(() -> {
            UserAccount account = users.findById(id).filter(found -> isMember(found, tenant))
                    .orElseThrow(() -> ApiProblem.notFound("Member " + id + " of " + tenant));
            if (isCaller(account, caller)) {
                throw ApiProblem.conflict("You cannot remove yourself from a tenant.");
            }
            Identity person = new Identity(account.issuer(), account.subject());
            List<String> tenantGroups = UserAccounts.tenantGroups(tenant);
            List<String> remaining = groupsOf(account).stream().filter(group -> !tenantGroups.contains(group)).toList();
            boolean inNoTenant = Memberships.tenantsInGroups(remaining).isEmpty() && !memberships.belongsElsewhere(person, tenant);
            boolean upstream = authentik.enabled() && account.email() != null;
            if (upstream) {
                authentik.findUserByEmail(account.email()).ifPresent(user -> {
                    for (String group : tenantGroups) {
                        authentik.findGroup(group).ifPresent(found -> authentik.removeUserFromGroup(found.pk(), user.pk()));
                    }
                    if (inNoTenant) {
                        authentik.setActive(user.pk(), false);
                    }
                });
            }
            memberships.remove(person, tenant);
            UserAccount updated = users.update(id, remaining, inNoTenant ? clock.instant() : null);
            events.publishEvent(new UserChanged(Occurrence.byCaller(clock), UserChange.REMOVED_FROM_TENANT, id,
                    account.email(), tenant, Map.of("email", String.valueOf(account.email()),
                            "deactivatedEverywhere", inNoTenant, "inAuthentik", upstream)));
            return updated;
        });
    }

    private boolean isMember(UserAccount account, String tenant) {
        return groupsOf(account).stream().anyMatch(UserAccounts.tenantGroups(tenant)::contains)
                || memberships.explicitMembersOf(tenant).contains(new Identity(account.issuer(), account.subject()));
    }

    private static List<String> groupsOf(UserAccount account) {
        return account.groups() == null ? List.of() : account.groups();
    }

    private static boolean isCaller(UserAccount account, Caller caller) {
        return account.issuer().equals(caller.issuer()) && account.subject().equals(caller.subject());
    }
}
