package com.dezky.platform.audit;

/** A domain event that belongs in the audit trail: one entry is appended for each. */
public interface AuditedEvent {

    Occurrence occurrence();

    AuditEntry auditEntry();
}
