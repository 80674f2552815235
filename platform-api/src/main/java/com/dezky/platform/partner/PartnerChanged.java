package com.dezky.platform.partner;

import com.dezky.platform.audit.AuditEntry;
import com.dezky.platform.audit.AuditedEvent;
import com.dezky.platform.audit.Occurrence;
import com.dezky.platform.web.Changes;
import java.util.List;

/** A partner was created, edited or terminated. */
public record PartnerChanged(Occurrence occurrence, PartnerChange change, String partnerId, String slug,
        List<Changes.FieldChange> changes) implements AuditedEvent {

    @Override
    public AuditEntry auditEntry() {
        return AuditEntry.of(change.action(), new AuditEntry.Target("partner", partnerId, slug)).changes(changes);
    }
}
