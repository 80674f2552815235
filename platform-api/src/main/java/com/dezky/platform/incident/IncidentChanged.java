package com.dezky.platform.incident;

import com.dezky.platform.audit.AuditEntry;
import com.dezky.platform.audit.AuditedEvent;
import com.dezky.platform.audit.Occurrence;
import java.util.Map;

/**
 * A step of an incident: opened, an alert fired or resolved, acknowledged, assigned, escalated, a
 * note or customer update written, resolved, reopened. {@code tenant} is set where the incident
 * concerns one tenant only, so that it shows on that tenant's audit tab.
 */
public record IncidentChanged(Occurrence occurrence, IncidentChange change, String incidentId, long number,
        String tenant, String text, Map<String, Object> details) implements AuditedEvent {

    @Override
    public AuditEntry auditEntry() {
        return AuditEntry.of(change.action(), new AuditEntry.Target("incident", incidentId, "#" + number))
                .tenant(tenant).reason(text).details(details);
    }
}
