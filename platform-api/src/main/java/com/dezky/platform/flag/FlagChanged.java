package com.dezky.platform.flag;

import com.dezky.model.flag.ImpactView;
import com.dezky.platform.audit.AuditEntry;
import com.dezky.platform.audit.AuditedEvent;
import com.dezky.platform.audit.Occurrence;
import com.dezky.platform.web.Changes;
import java.util.List;
import java.util.Map;

/**
 * A flag was created, changed or deleted, with the exact impact of the change: how many living
 * tenants there were, how many had it on before and after, how many turned on and off.
 */
public record FlagChanged(Occurrence occurrence, FlagChange change, String flagId, String key, String reason,
        List<Changes.FieldChange> changes, Map<String, Object> impact) implements AuditedEvent {

    static Map<String, Object> details(ImpactView impact) {
        return Map.of("tenants", impact.tenants(), "onBefore", impact.onNow(), "onAfter", impact.onProposed(),
                "turnedOn", impact.turnOn().count(), "turnedOff", impact.turnOff().count());
    }

    @Override
    public AuditEntry auditEntry() {
        return AuditEntry.of(change.action(), new AuditEntry.Target("flag", flagId, key)).reason(reason)
                .changes(changes).details(impact);
    }
}
