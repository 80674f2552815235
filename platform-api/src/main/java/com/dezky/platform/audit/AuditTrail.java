package com.dezky.platform.audit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Appends to and verifies the chain. Appends are serialized by the unique sequence index: two
 * writers that pick the same next number cannot both insert, and the loser retries on the new
 * head. Each event is sealed with the chain key ({@link AuditKeys}); the newest sequence number
 * and hash are also kept in a head document, so that removing the newest events is detected too;
 * and every {@code checkpoint-every} events (and at least every {@code checkpoint-interval}) a
 * checkpoint signed with Ed25519 is written to the database and to the log.
 */
@Service
public class AuditTrail {

    static final String GENESIS = "0".repeat(64);
    private static final int MAX_ATTEMPTS = 100;
    /** Shipped with the other logs, so a checkpoint survives a rewrite of the database. */
    private static final Logger checkpointLog = LoggerFactory.getLogger("dezky.audit.checkpoint");

    private final AuditEvents events;
    private final AuditCheckpoints checkpoints;
    private final AuditKeys keys;
    private final AuditProperties properties;
    private final Clock clock;
    private final MeterRegistry meters;
    /** 1 while the last verification found the chain intact, 0 after it found it broken. */
    private final AtomicInteger chainIntact = new AtomicInteger(1);

    AuditTrail(AuditEvents events, AuditCheckpoints checkpoints, AuditKeys keys, AuditProperties properties,
            Clock clock, MeterRegistry meters) {
        this.events = events;
        this.checkpoints = checkpoints;
        this.keys = keys;
        this.properties = properties;
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
            AuditEvent event = new AuditEvent(null, seq, at, actor, entry.action(), entry.target(), entry.tenant(),
                    entry.reason(), entry.changes(), entry.details(), prevHash, null, eventId, null)
                    .sealed(keys.chainKeyId(), keys::seal);
            try {
                AuditEvent saved = events.insert(event);
                events.advanceHead(saved.seq(), saved.hash());
                Counter.builder("dezky.audit.events").description("Audit events written, by action")
                        .tag("action", entry.action()).register(meters).increment();
                if (saved.seq() % properties.checkpointEvery() == 0) {
                    checkpoint(saved);
                }
                return Optional.of(saved);
            } catch (DuplicateKeyException lostRace) {
                // Another append took this number, or recorded this very event meanwhile: look again.
                sleepBriefly(attempt);
            }
        }
        throw new IllegalStateException("Could not append to the audit trail after " + MAX_ATTEMPTS + " attempts");
    }

    /** Checkpoints the newest event unless it already is; answers the checkpoint written, if any. */
    public Optional<AuditCheckpoint> checkpointHead() {
        Optional<AuditEvent> head = events.findTopByOrderBySeqDesc();
        long checkpointed = checkpoints.findTopByOrderBySeqDesc().map(AuditCheckpoint::seq).orElse(0L);
        return head.filter(event -> event.seq() > checkpointed).flatMap(this::checkpoint);
    }

    private Optional<AuditCheckpoint> checkpoint(AuditEvent event) {
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        AuditCheckpoint checkpoint = new AuditCheckpoint(null, event.seq(), event.hash(), at, keys.checkpointKeyId(),
                keys.sign(AuditCheckpoint.message(event.seq(), event.hash(), at)));
        try {
            AuditCheckpoint saved = checkpoints.insert(checkpoint);
            checkpointLog.info("audit checkpoint seq={} hash={} at={} key={} signature={}", saved.seq(), saved.hash(),
                    saved.at(), saved.keyId(), saved.signature());
            return Optional.of(saved);
        } catch (DuplicateKeyException alreadyCheckpointed) {
            return Optional.empty();
        }
    }

    /**
     * Walks the whole chain in order and reports the first event that does not fit: a gap, a
     * broken link, a seal that is not the content's under its key, a checkpoint that is not signed
     * by a checkpoint key or does not match the chain, events removed after the head or a checkpoint.
     */
    public AuditVerification verify() {
        Map<Long, AuditCheckpoint> signed = new TreeMap<>();
        checkpoints.findAllByOrderBySeqAsc().forEach(checkpoint -> signed.put(checkpoint.seq(), checkpoint));
        long expectedSeq = 1;
        String expectedPrev = GENESIS;
        long checked = 0;
        long proven = 0;
        boolean keyed = false;
        try (Stream<AuditEvent> chain = events.streamAllByOrderBySeqAsc()) {
            for (Iterator<AuditEvent> it = chain.iterator(); it.hasNext(); ) {
                AuditEvent event = it.next();
                checked++;
                if (event.seq() != expectedSeq) {
                    return remember(broken(checked, expectedSeq, "event " + expectedSeq + " is missing", proven, signed));
                }
                if (!expectedPrev.equals(event.prevHash())) {
                    return remember(broken(checked, event.seq(), "does not link to the event before it", proven, signed));
                }
                if (event.keyId() != null && !keys.knowsChainKey(event.keyId())) {
                    return remember(broken(checked, event.seq(), "is sealed with unknown key " + event.keyId(), proven,
                            signed));
                }
                if (keyed && event.keyId() == null) {
                    // Once the chain is keyed, an unkeyed event is a rewrite, not history.
                    return remember(broken(checked, event.seq(), "is not sealed with a chain key", proven, signed));
                }
                if (!keys.isSeal(event.keyId(), event.canonicalContent(), event.hash())) {
                    return remember(broken(checked, event.seq(), "content does not match its seal", proven, signed));
                }
                keyed |= event.keyId() != null;
                AuditCheckpoint checkpoint = signed.get(event.seq());
                if (checkpoint != null) {
                    if (!keys.verifies(checkpoint.keyId(), checkpoint.message(), checkpoint.signature())) {
                        return remember(broken(checked, event.seq(), "its checkpoint is not signed by a checkpoint key",
                                proven, signed));
                    }
                    if (!checkpoint.hash().equals(event.hash())) {
                        return remember(broken(checked, event.seq(), "does not match its signed checkpoint", proven,
                                signed));
                    }
                    proven = event.seq();
                }
                expectedPrev = event.hash();
                expectedSeq++;
            }
        }
        long last = expectedSeq - 1;
        if (events.headSeq() > last) {
            return remember(broken(checked, expectedSeq, "events after " + last + " were removed", proven, signed));
        }
        if (signed.keySet().stream().anyMatch(seq -> seq > last)) {
            return remember(broken(checked, expectedSeq, "events after " + last + " were removed (a signed checkpoint "
                    + "names a later one)", proven, signed));
        }
        return remember(AuditVerification.intact(checked, proven, signed.size()));
    }

    private static AuditVerification broken(long checked, long seq, String problem, long proven,
            Map<Long, AuditCheckpoint> signed) {
        return AuditVerification.broken(checked, seq, problem, proven, signed.size());
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
