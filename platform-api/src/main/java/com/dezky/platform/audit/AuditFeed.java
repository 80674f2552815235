package com.dezky.platform.audit;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;

/** The trail as a feed, for other modules: the newest events of some actions, read through its indexes. */
@Component
public class AuditFeed {

    private final AuditEvents events;

    AuditFeed(AuditEvents events) {
        this.events = events;
    }

    /** Newest first, at most {@code limit}, since {@code since}, none by the actor with this e-mail. */
    public List<AuditEvent> recent(Collection<String> actions, Instant since, String notByEmail, int limit) {
        return events.recent(actions, since, notByEmail, limit);
    }

    /** How many such events came after {@code after}. */
    public long countAfter(Collection<String> actions, Instant after, String notByEmail) {
        return events.countAfter(actions, after, notByEmail);
    }
}
