package com.dezky.platform.invite;

import com.dezky.model.Audience;
import com.dezky.model.Groups;
import com.dezky.model.user.InviteRequest;
import com.dezky.model.user.InviteResult;
import com.dezky.model.user.OperatorInvitePolicy;
import com.dezky.platform.security.TrustedIssuers;
import com.dezky.platform.tenant.Tenant;
import com.dezky.platform.tenant.TenantDirectory;
import com.dezky.platform.user.UserAccount;
import com.dezky.platform.user.UserAccounts;
import com.dezky.platform.web.ApiProblem;
import com.dezky.upstream.UpstreamException;
import com.dezky.upstream.authentik.AuthentikClient;
import com.dezky.upstream.authentik.AuthentikUser;
import com.dezky.web.ProblemTypes;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * Invites people into authentik: operators into {@code dezky-platform-admins}, tenant members
 * into {@code dezky-tenant-<slug>}. The local user is created at once (lists show them before
 * their first sign-in), under the subject authentik will put into their tokens. The hand-off is
 * a recovery link where authentik has a recovery flow, else a temporary password; the audit
 * trail records which, never the credential. Invitations into one group, and of one address, run
 * one at a time.
 */
@Service
@EnableConfigurationProperties(InviteProperties.class)
class Invitations {

    private final AuthentikClient authentik;
    private final UserAccounts users;
    private final TenantDirectory tenants;
    private final TrustedIssuers issuers;
    private final GroupLock lock;
    private final InviteProperties properties;
    private final TemporaryPasswords passwords = new TemporaryPasswords(new SecureRandom());
    /** The admins group's id; looked up (or created) once. */
    private final AtomicReference<String> adminGroup = new AtomicReference<>();

    Invitations(AuthentikClient authentik, UserAccounts users, TenantDirectory tenants, TrustedIssuers issuers,
            GroupLock lock, InviteProperties properties) {
        this.properties = properties;
        this.authentik = authentik;
        this.users = users;
        this.tenants = tenants;
        this.issuers = issuers;
        this.lock = lock;
    }

    InviteResult inviteOperator(InviteRequest request) {
        if (!properties.allowsOperator(request.email().strip())) {
            throw ApiProblem.unprocessable("email", "operators are invited only at " + String.join(", ",
                    properties.operatorDomains()) + " (an operator sees every tenant)");
        }
        requireAuthentik();
        return lock.inGroup(Groups.PLATFORM_ADMINS, () -> {
            String groupId = adminGroup.updateAndGet(known -> known != null ? known
                    : authentik.findOrCreateGroup(Groups.PLATFORM_ADMINS, Map.of()).pk());
            return invite(request, Groups.PLATFORM_ADMINS, groupId, Audience.OPERATOR, null);
        });
    }

    OperatorInvitePolicy operatorPolicy() {
        return new OperatorInvitePolicy(properties.operatorDomains());
    }

    /** A new member, if the tenant has a free seat (409 when its active members fill its cap). */
    InviteResult inviteMember(String slug, InviteRequest request) {
        Tenant tenant = tenants.require(slug);
        requireAuthentik();
        String group = Groups.tenantMembers(slug);
        return lock.inGroup(group, () -> {
            long active = users.activeMembers(slug);
            if (active >= tenant.getSeatCap()) {
                throw ApiProblem.conflict(ProblemTypes.SEAT_CAP_REACHED, tenant.getName() + " uses all "
                        + tenant.getSeatCap() + " of its seats. Raise the seat cap or remove a member first.",
                        Map.of("activeMembers", active, "seatCap", tenant.getSeatCap()));
            }
            String groupId = authentik.findOrCreateGroup(group, Map.of("dezky.tenant", slug)).pk();
            return invite(request, group, groupId, Audience.PORTAL, slug);
        });
    }

    /**
     * Under the group's lock and the address's: invitations of one address into different groups
     * (two tenants, or a tenant and the operators) meet here, so exactly one of them creates the user.
     */
    private InviteResult invite(InviteRequest request, String group, String groupId, Audience client, String tenant) {
        String email = request.email().strip().toLowerCase(Locale.ROOT);
        return lock.inGroup("email:" + email, () -> inviteOnce(request, email, group, groupId, client, tenant));
    }

    private InviteResult inviteOnce(InviteRequest request, String email, String group, String groupId, Audience client,
            String tenant) {
        String name = request.name().strip();
        if (users.emailTaken(email) || authentik.findUserByEmail(email).isPresent()) {
            throw emailTaken(email);
        }
        AuthentikUser user;
        try {
            user = authentik.createUser(email, name, List.of(groupId));
        } catch (UpstreamException e) {
            // Created meanwhile outside this API (authentik's own admin, another system): the same answer.
            if (e.is(UpstreamException.Kind.CONFLICT)) {
                throw emailTaken(email);
            }
            throw e;
        }
        Optional<String> link = authentik.recoveryLink(user.pk());
        String tempPassword = null;
        if (link.isEmpty()) {
            tempPassword = passwords.generate();
            authentik.setPassword(user.pk(), tempPassword);
        }
        UserAccount local = users.recordInvited(issuers.issuerOf(client), new UserAccounts.Invitee(client, user.uid(),
                email, name, group, tenant, Map.of("email", email, "group", group,
                        "handOff", link.isPresent() ? "recovery_link" : "temporary_password")));
        return new InviteResult(user.uid(), local.id(), email, link.orElse(null), tempPassword);
    }

    private static ApiProblem emailTaken(String email) {
        return ApiProblem.conflict("A user with the email " + email + " exists already.", "email");
    }

    private void requireAuthentik() {
        if (!authentik.enabled()) {
            throw ApiProblem.unavailable("Inviting needs authentik, which is not enabled in this deployment.");
        }
    }
}
