package com.dezky.platform.tenant;

import com.dezky.model.tenant.TenantStatus;
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
 * @param before  where the tenant stood before (null when created)
 * @param after   where it stands now (null when purged)
 */
public record TenantChanged(Occurrence occurrence, TenantChange change, String tenantId, String slug, String reason,
        List<Changes.FieldChange> changes, Map<String, Object> details, Standing before, Standing after)
        implements AuditedEvent {

    /** What the tenant counters are kept by: its partner (null for a direct customer), plan, status and seats. */
    public record Standing(String partnerId, String plan, TenantStatus status, int seats) {
    }

    static TenantChanged of(Occurrence occurrence, TenantChange change, Standing before, Tenant tenant, String reason,
            List<Changes.FieldChange> changes) {
        return new TenantChanged(occurrence, change, tenant.getId(), tenant.getSlug(), reason, changes, Map.of(),
                before, tenant.standing());
    }

    @Override
    public AuditEntry auditEntry() {
        return AuditEntry.of(change.action(), new AuditEntry.Target("tenant", tenantId, slug)).tenant(slug)
                .reason(reason).changes(changes).details(details);
    }
}
