package com.dezky.platform.tenant;

import com.dezky.platform.audit.AuditEntry;
import com.dezky.platform.audit.AuditedEvent;
import com.dezky.platform.audit.Occurrence;
import com.dezky.platform.web.Changes;
import java.util.List;
import java.util.Map;

/**
 * A tenant changed: created, edited, through a lifecycle action, activated or purged. Provisioning
 * brings the upstreams in line with it, metrics and the audit trail record it.
 *
 * @param reason  why, for a suspension
 * @param changes its fields before and after
 */
public record TenantChanged(Occurrence occurrence, TenantChange change, String tenantId, String slug, String reason,
        List<Changes.Change> changes, Map<String, Object> details) implements AuditedEvent {

    static TenantChanged of(Occurrence occurrence, TenantChange change, Tenant tenant, String reason,
            List<Changes.Change> changes) {
        return new TenantChanged(occurrence, change, tenant.getId(), tenant.getSlug(), reason, changes, Map.of());
    }

    @Override
    public AuditEntry auditEntry() {
        return AuditEntry.of(change.action(), new AuditEntry.Target("tenant", tenantId, slug)).tenant(slug)
                .reason(reason).changes(changes).details(details);
    }
}
