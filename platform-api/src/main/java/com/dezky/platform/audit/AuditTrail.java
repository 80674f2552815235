package com.dezky.platform.audit;

import com.dezky.model.json.CanonicalJson;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Appends to and verifies the chain. Appends are serialized by the unique sequence index: two
 * writers that pick the same next number cannot both insert, and the loser retries on the new
 * head. The newest sequence number and hash are also kept in a head document, so that removing
 * the newest events is detected too.
 */
@Service
public class AuditTrail {

    static final String GENESIS = "0".repeat(64);
    private static final int MAX_ATTEMPTS = 100;

    private final AuditEvents events;
    private final Clock clock;
    private final MeterRegistry meters;
    /** 1 while the last verification found the chain intact, 0 after it found it broken. */
    private final AtomicInteger chainIntact = new AtomicInteger(1);

    AuditTrail(AuditEvents events, Clock clock, MeterRegistry meters) {
        this.events = events;
        this.clock = clock;
        this.meters = meters;
        Gauge.builder("dezky.audit.chain.intact", chainIntact, AtomicInteger::get)
                .description("1 while the last verification found the audit chain intact, 0 when broken")
                .register(meters);
    }

    /** Records an event once: a second call with the same event (a resubmission) changes nothing. */
    public Optional<AuditEvent> record(AuditedEvent event) {
        Occurrence occurrence = event.occurrence();
        return append(event.auditEntry(), occurrence.actor(), occurrence.at(), occurrence.id());
    }

    /** Records something the platform did by itself, not as a domain event (used by the trail's own tests). */
    public AuditEvent recordSystem(AuditEntry entry) {
        return append(entry, Actor.SYSTEM, clock.instant().truncatedTo(ChronoUnit.MILLIS), null).orElseThrow();
    }

    private Optional<AuditEvent> append(AuditEntry entry, Actor actor, Instant at, UUID eventId) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            if (eventId != null && events.existsByEventId(eventId)) {
                return Optional.empty();
            }
            Optional<AuditEvent> last = events.findTopByOrderBySeqDesc();
            long seq = last.map(AuditEvent::seq).orElse(0L) + 1;
            String prevHash = last.map(AuditEvent::hash).orElse(GENESIS);
            AuditEvent event = withHash(new AuditEvent(null, seq, at, actor, entry.action(), entry.target(),
                    entry.tenant(), entry.reason(), entry.changes(), entry.details(), prevHash, null, eventId));
            try {
                AuditEvent saved = events.insert(event);
                events.advanceHead(saved.seq(), saved.hash());
                Counter.builder("dezky.audit.events").description("Audit events written, by action")
                        .tag("action", entry.action()).register(meters).increment();
                return Optional.of(saved);
            } catch (DuplicateKeyException lostRace) {
                // Another append took this number, or recorded this very event meanwhile: look again.
                sleepBriefly(attempt);
            }
        }
        throw new IllegalStateException("Could not append to the audit trail after " + MAX_ATTEMPTS + " attempts");
    }

    static AuditEvent withHash(AuditEvent event) {
        return event.withHash(CanonicalJson.sha256Hex(event.canonicalContent()));
    }

    /** Walks the whole chain in order and reports the first event that does not fit. */
    public AuditVerification verify() {
        long expectedSeq = 1;
        String expectedPrev = GENESIS;
        long checked = 0;
        try (Stream<AuditEvent> chain = events.streamAllByOrderBySeqAsc()) {
            for (Iterator<AuditEvent> it = chain.iterator(); it.hasNext(); ) {
                AuditEvent event = it.next();
                checked++;
                if (event.seq() != expectedSeq) {
                    return remember(AuditVerification.broken(checked, expectedSeq, "event " + expectedSeq + " is missing"));
                }
                if (!expectedPrev.equals(event.prevHash())) {
                    return remember(AuditVerification.broken(checked, event.seq(), "does not link to the event before it"));
                }
                if (!CanonicalJson.sha256Hex(event.canonicalContent()).equals(event.hash())) {
                    return remember(AuditVerification.broken(checked, event.seq(), "content does not match its hash"));
                }
                expectedPrev = event.hash();
                expectedSeq++;
            }
        }
        if (events.headSeq() >= expectedSeq) {
            return remember(AuditVerification.broken(checked, expectedSeq, "events after " + (expectedSeq - 1) + " were removed"));
        }
        return remember(AuditVerification.intact(checked));
    }

    /** Publishes the verdict as the chain gauge. */
    private AuditVerification remember(AuditVerification result) {
        chainIntact.set(result.ok() ? 1 : 0);
        return result;
    }

    private static void sleepBriefly(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(1, 2 + Math.min(attempt, 20)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
