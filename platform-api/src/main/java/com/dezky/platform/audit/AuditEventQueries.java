package com.dezky.platform.audit;

import com.dezky.model.PageView;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** What the derived queries of {@link AuditEvents} cannot say. */
interface AuditEventQueries {

    /** The filters of {@code GET /audit}; null means any. */
    record Filter(String actor, String action, String targetType, String target, String tenant, Instant from,
            Instant to) {
    }

    /** Newest first. */
    PageView<AuditEvent> search(Filter filter, int page, int size);

    /** The newest events of these actions since then, leaving out those of one actor (by e-mail). */
    List<AuditEvent> recent(Collection<String> actions, Instant since, String notByEmail, int limit);

    /** How many of these actions happened after then, leaving out those of one actor. */
    long countAfter(Collection<String> actions, Instant after, String notByEmail);

    /** Moves the head to this event unless a later one is there already. */
    void advanceHead(long seq, String hash);

    /** The head's sequence number, or 0 before the first event. */
    long headSeq();
}
