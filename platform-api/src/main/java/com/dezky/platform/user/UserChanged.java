package com.dezky.platform.user;

import com.dezky.platform.audit.AuditEntry;
import com.dezky.platform.audit.AuditedEvent;
import com.dezky.platform.audit.Occurrence;
import java.util.Map;

/**
 * A user was invited, deactivated or taken out of a tenant.
 *
 * @param tenant  the tenant concerned, for invites into one and removals from one
 * @param details what the audit trail keeps beyond that (never a credential)
 */
public record UserChanged(Occurrence occurrence, UserChange change, String userId, String email, String tenant,
        Map<String, Object> details) implements AuditedEvent {

    @Override
    public AuditEntry auditEntry() {
        return AuditEntry.of(change.action(), new AuditEntry.Target("user", userId, email)).tenant(tenant)
                .details(details);
    }
}
