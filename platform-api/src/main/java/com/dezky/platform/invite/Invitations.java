package com.dezky.platform.invite;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.dezky.model.Audience;
import com.dezky.model.Groups;
import com.dezky.model.user.InviteRequest;
import com.dezky.model.user.InviteResult;
import com.dezky.platform.audit.AuditEntry;
import com.dezky.platform.audit.AuditTrail;
import com.dezky.platform.security.ResourceServerProperties;
import com.dezky.platform.user.UserAccount;
import com.dezky.platform.web.ApiProblem;
import com.dezky.upstream.authentik.AuthentikClient;
import com.dezky.upstream.authentik.AuthentikUser;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Invites people into authentik: operators into {@code dezky-platform-admins}, tenant members
 * into {@code dezky-tenant-<slug>}. The local user is created at once (lists show them before
 * their first sign-in), under the subject authentik will put into their tokens. The hand-off is
 * a recovery link where authentik has a recovery flow, else a temporary password; the audit
 * trail records which, never the credential.
 */
@Service
class Invitations {

    private final AuthentikClient authentik;
    private final MongoTemplate mongo;
    private final AuditTrail audit;
    private final ResourceServerProperties issuers;
    private final Clock clock;
    private final TemporaryPasswords passwords = new TemporaryPasswords(new SecureRandom());
    /** The admins group's id; looked up (or created) once. */
    private final AtomicReference<String> adminGroup = new AtomicReference<>();

    Invitations(AuthentikClient authentik, MongoTemplate mongo, AuditTrail audit, ResourceServerProperties issuers,
            Clock clock) {
        this.authentik = authentik;
        this.mongo = mongo;
        this.audit = audit;
        this.issuers = issuers;
        this.clock = clock;
    }

    InviteResult inviteOperator(InviteRequest request) {
        requireAuthentik();
        String groupId = adminGroup.updateAndGet(known -> known != null ? known
                : authentik.findOrCreateGroup(Groups.PLATFORM_ADMINS, Map.of()).pk());
        return invite(request, Groups.PLATFORM_ADMINS, groupId, Audience.OPERATOR, null, "platform.user_invited");
    }

    InviteResult inviteMember(String tenant, InviteRequest request) {
        requireAuthentik();
        String group = Groups.tenantMembers(tenant);
        String groupId = authentik.findOrCreateGroup(group, Map.of("dezky.tenant", tenant)).pk();
        return invite(request, group, groupId, Audience.PORTAL, tenant, "tenant.member_invited");
    }

    private InviteResult invite(InviteRequest request, String group, String groupId, Audience audience, String tenant,
            String action) {
        String email = request.email().strip().toLowerCase(Locale.ROOT);
        String name = request.name().strip();
        if (mongo.exists(query(where("email").is(email)), UserAccount.class) || authentik.findUserByEmail(email).isPresent()) {
            throw ApiProblem.conflict("A user with the email " + email + " exists already.", "email");
        }
        AuthentikUser user = authentik.createUser(email, name, List.of(groupId));
        UserAccount local;
        try {
            local = mongo.insert(new UserAccount(null, issuerOf(audience), user.uid(), email, name, List.of(group),
                    audience == Audience.OPERATOR, clock.instant(), null, null, null));
        } catch (DuplicateKeyException e) {
            throw ApiProblem.conflict("A user with the email " + email + " exists already.", "email");
        }
        Optional<String> link = authentik.recoveryLink(user.pk());
        String tempPassword = null;
        if (link.isEmpty()) {
            tempPassword = passwords.generate();
            authentik.setPassword(user.pk(), tempPassword);
        }
        AuditEntry entry = AuditEntry.of(action, new AuditEntry.Target("user", local.id(), email))
                .details(Map.of("email", email, "group", group,
                        "handOff", link.isPresent() ? "recovery_link" : "temporary_password"));
        audit.record(tenant == null ? entry : entry.tenant(tenant));
        return new InviteResult(user.uid(), local.id(), email, link.orElse(null), tempPassword);
    }

    private String issuerOf(Audience audience) {
        return issuers.issuers().stream().filter(issuer -> issuer.audience().equals(audience.value()))
                .map(issuer -> issuer.issuerUri().toString()).findFirst()
                .orElseThrow(() -> new IllegalStateException("No trusted issuer for " + audience));
    }

    private void requireAuthentik() {
        if (!authentik.enabled()) {
            throw ApiProblem.unavailable("Inviting needs authentik, which is not enabled in this deployment.");
        }
    }
}
