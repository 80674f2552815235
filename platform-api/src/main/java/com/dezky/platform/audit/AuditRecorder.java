package com.dezky.platform.audit;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Appends one entry per audited domain event, right after the change is committed and on the
 * thread that made it, so the trail is complete when the API answers. The event publication
 * registry keeps the event until this completes; an append that fails is resubmitted (see
 * EventResubmission) and, being keyed by the event's id, never recorded twice.
 */
@Component
class AuditRecorder {

    private final AuditTrail trail;

    AuditRecorder(AuditTrail trail) {
        this.trail = trail;
    }

    @TransactionalEventListener
    void on(AuditedEvent event) {
        trail.record(event);
    }
}
