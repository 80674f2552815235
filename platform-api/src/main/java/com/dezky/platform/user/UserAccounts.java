package com.dezky.platform.user;

import com.dezky.model.Audience;
import com.dezky.model.Groups;
import com.dezky.model.user.UserView;
import com.dezky.platform.audit.Occurrence;
import com.dezky.platform.membership.Identity;
import com.dezky.platform.membership.Memberships;
import com.dezky.platform.security.Caller;
import com.dezky.platform.security.DeactivatedAccounts;
import com.dezky.platform.store.Transactions;
import com.dezky.platform.tenant.SeatUsage;
import com.dezky.platform.web.ApiProblem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/** The users as other modules use them: sign-ins, invited users, a tenant's members and seats. */
@Service
public class UserAccounts implements SeatUsage, DeactivatedAccounts {

    /** Someone invited into authentik, to be recorded here under the subject their tokens will carry. */
    public record Invitee(Audience client, String subject, String email, String name, String group, String tenant,
            Map<String, Object> details) {
    }

    private final Users users;
    private final Memberships memberships;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Transactions transactions;

    UserAccounts(Users users, Memberships memberships, ApplicationEventPublisher events, Clock clock, Transactions transactions) {
        this.transactions = transactions;
        this.users = users;
        this.memberships = memberships;
        this.events = events;
        this.clock = clock;
    }

    /** How stale "last seen" may get before a read of the caller's own record refreshes it. */
    static final Duration SIGN_IN_RESOLUTION = Duration.ofMinutes(1);

    /**
     * Creates or refreshes the caller's record from their token. A read must not write: while the
     * record already says what the token says and was refreshed within the last minute, it is
     * answered as it is.
     */
    public UserAccount recordSignIn(Caller caller) {
        Instant now = clock.instant();
        Optional<UserAccount> known = users.findByIssuerAndSubject(caller.issuer(), caller.subject());
        if (known.isPresent() && current(known.get(), caller, now)) {
            return known.get();
        }
        return users.upsertSignIn(new Identity(caller.issuer(), caller.subject()), caller.email(), caller.name(),
                caller.groups(), caller.platformAdmin(), now);
    }

    private static boolean current(UserAccount account, Caller caller, Instant now) {
        return account.lastLoginAt() != null && account.lastLoginAt().isAfter(now.minus(SIGN_IN_RESOLUTION))
                && Objects.equals(account.email(), caller.email()) && Objects.equals(account.name(), caller.name())
                && Objects.equals(account.groups(), caller.groups()) && account.platformAdmin() == caller.platformAdmin();
    }

    @Override
    public boolean isDeactivated(String issuer, String subject) {
        return users.existsByIssuerAndSubjectAndDeactivatedAtNotNull(issuer, subject);
    }

    public boolean emailTaken(String email) {
        return users.existsByEmail(email);
    }

    /** Records an invited user (and the invitation in the audit trail); 409 when someone has the email. */
    public UserAccount recordInvited(String issuer, Invitee invitee) {
        return transactions.write(() -> {
            UserAccount invited;
            try {
                invited = users.insert(new UserAccount(null, issuer, invitee.subject(), invitee.email(), invitee.name(),
                        List.of(invitee.group()), invitee.client() == Audience.OPERATOR, clock.instant(), null, null, null, null));
            } catch (DuplicateKeyException e) {
                throw ApiProblem.conflict("A user with the email " + invitee.email()
                        + " exists already.", "email");
            }
            events.publishEvent(new UserChanged(Occurrence.byCaller(clock), invitee.client() == Audience.OPERATOR
                    ? UserChange.INVITED_AS_OPERATOR : UserChange.INVITED_AS_MEMBER, invited.id(), invitee.email(),
                    invitee.tenant(), invitee.details()));
            return invited;
        });
    }

    /** Users with an email in the tenant's groups (members and admins). */
    public List<UserAccount> inTenantGroups(String tenant) {
        return users.withEmailInGroups(tenantGroups(tenant));
    }

    @Override
    public long activeMembers(String slug) {
        return users.countActiveMembers(tenantGroups(slug), memberships.explicitMembersOf(slug));
    }

    /** The user's view with their tenant count. */
    public UserView view(UserAccount account) {
        return views(List.of(account)).getFirst();
    }

    List<UserView> views(List<UserAccount> accounts) {
        Map<Identity, Set<String>> explicit = memberships.explicitTenantsOf(accounts.stream()
                .map(a -> new Identity(a.issuer(), a.subject())).toList());
        return accounts.stream().map(account -> {
            Set<String> tenants = new TreeSet<>(Memberships.tenantsInGroups(
                    account.groups() == null ? List.of() : account.groups()));
            tenants.addAll(explicit.getOrDefault(new Identity(account.issuer(), account.subject()), Set.of()));
            return account.toView(tenants.size());
        }).toList();
    }

    static List<String> tenantGroups(String tenant) {
        return List.of(Groups.tenantMembers(tenant), Groups.tenantAdmins(tenant));
    }
}
