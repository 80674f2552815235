package com.dezky.platform.oncall;

import com.dezky.platform.audit.AuditEntry;
import com.dezky.platform.audit.AuditedEvent;
import com.dezky.platform.audit.Occurrence;
import com.dezky.platform.web.Changes;
import java.util.List;

/** The on-call schedule was set or changed: who takes part, handoffs, overrides. */
public record OnCallScheduleChanged(Occurrence occurrence, List<Changes.FieldChange> changes) implements AuditedEvent {

    @Override
    public AuditEntry auditEntry() {
        return AuditEntry.of("oncall.schedule-changed",
                new AuditEntry.Target("oncall-schedule", OnCallScheduleDocument.ID, OnCallScheduleDocument.ID))
                .changes(changes);
    }
}
