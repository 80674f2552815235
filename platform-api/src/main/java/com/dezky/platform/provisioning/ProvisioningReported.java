package com.dezky.platform.provisioning;

import com.dezky.platform.audit.AuditEntry;
import com.dezky.platform.audit.AuditedEvent;
import com.dezky.platform.audit.Occurrence;
import java.util.Map;

/** Something provisioning did, or was asked to do, for one tenant. */
public record ProvisioningReported(Occurrence occurrence, ProvisioningReport report, String tenantId, String slug,
        Map<String, Object> details) implements AuditedEvent {

    @Override
    public AuditEntry auditEntry() {
        return AuditEntry.of(report.action(), new AuditEntry.Target("tenant", tenantId, slug)).tenant(slug)
                .details(details);
    }
}
