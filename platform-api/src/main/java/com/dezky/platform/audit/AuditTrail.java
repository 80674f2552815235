package com.dezky.platform.audit;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.dezky.model.json.CanonicalJson;
import com.dezky.platform.security.CallerAuthentication;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The one way features write to the audit trail (SECURITY.md D2). Appends are serialized by
 * the unique sequence index: two writers that pick the same next number cannot both insert,
 * and the loser retries on the new head. The newest sequence number and hash are also kept in
 * a head document, so that removing the newest events is detected too.
 */
@Service
public class AuditTrail {

    static final String GENESIS = "0".repeat(64);
    private static final String HEAD_COLLECTION = "platform_audit_head";
    private static final int MAX_ATTEMPTS = 100;

    private final MongoTemplate mongo;
    private final Clock clock;
    private final MeterRegistry meters;
    /** 1 while the last verification found the chain intact, 0 after it found it broken. */
    private final AtomicInteger chainIntact = new AtomicInteger(1);

    AuditTrail(MongoTemplate mongo, Clock clock, MeterRegistry meters) {
        this.mongo = mongo;
        this.clock = clock;
        this.meters = meters;
        Gauge.builder("dezky.audit.chain.intact", chainIntact, AtomicInteger::get)
                .description("1 while the last verification found the audit chain intact, 0 when broken")
                .register(meters);
    }

    /** Records a change made by the caller of the current request. */
    public AuditEvent record(AuditEntry entry) {
        return append(entry, currentActor());
    }

    /** Records a change the platform made by itself (scheduled purge, seeding). */
    public AuditEvent recordSystem(AuditEntry entry) {
        return append(entry, AuditEvent.Actor.SYSTEM);
    }

    private AuditEvent append(AuditEntry entry, AuditEvent.Actor actor) {
        // Stored instants have millisecond precision; hash what will be read back.
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            AuditEvent last = mongo.findOne(new Query().with(Sort.by(Sort.Direction.DESC, "seq")).limit(1),
                    AuditEvent.class);
            long seq = last == null ? 1 : last.seq() + 1;
            String prevHash = last == null ? GENESIS : last.hash();
            AuditEvent unhashed = new AuditEvent(null, seq, at, actor, entry.action(), entry.target(),
                    entry.tenant(), entry.reason(), entry.changes(), entry.details(), prevHash, null);
            AuditEvent event = withHash(unhashed);
            try {
                AuditEvent saved = mongo.insert(event);
                advanceHead(saved.seq(), saved.hash());
                Counter.builder("dezky.audit.events").description("Audit events written, by action")
                        .tag("action", entry.action()).register(meters).increment();
                return saved;
            } catch (DuplicateKeyException lostRace) {
                sleepBriefly(attempt);
            }
        }
        throw new IllegalStateException("Could not append to the audit trail after " + MAX_ATTEMPTS + " attempts");
    }

    static AuditEvent withHash(AuditEvent event) {
        return new AuditEvent(event.id(), event.seq(), event.at(), event.actor(), event.action(), event.target(),
                event.tenant(), event.reason(), event.changes(), event.details(), event.prevHash(),
                CanonicalJson.sha256Hex(event.canonicalContent()));
    }

    private void advanceHead(long seq, String hash) {
        Query older = query(where("_id").is("head").and("seq").lt(seq));
        Update update = new Update().set("seq", seq).set("hash", hash);
        try {
            mongo.findAndModify(older, update, FindAndModifyOptions.options().upsert(true), Document.class,
                    HEAD_COLLECTION);
        } catch (DuplicateKeyException newerHeadExists) {
            // A later event already moved the head past this one.
        }
    }

    /** Walks the whole chain in order and reports the first event that does not fit. */
    public AuditVerification verify() {
        long expectedSeq = 1;
        String expectedPrev = GENESIS;
        long checked = 0;
        try (var events = mongo.stream(new Query().with(Sort.by(Sort.Direction.ASC, "seq")), AuditEvent.class)) {
            for (AuditEvent event : (Iterable<AuditEvent>) events::iterator) {
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
        Document head = mongo.findById("head", Document.class, HEAD_COLLECTION);
        if (head != null && head.get("seq", Number.class).longValue() >= expectedSeq) {
            return remember(AuditVerification.broken(checked, expectedSeq, "events after " + (expectedSeq - 1) + " were removed"));
        }
        return remember(AuditVerification.intact(checked));
    }

    /** Publishes the verdict as the chain gauge. */
    private AuditVerification remember(AuditVerification result) {
        chainIntact.set(result.ok() ? 1 : 0);
        return result;
    }

    private static AuditEvent.Actor currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        // The client's address as the gateway saw it (Tomcat applies X-Forwarded-For from internal proxies).
        String ip = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr() : null;
        if (authentication instanceof CallerAuthentication callerAuthentication) {
            var caller = callerAuthentication.caller();
            return new AuditEvent.Actor(caller.issuer(), caller.subject(), caller.email(), ip);
        }
        throw new IllegalStateException("A privileged change without an authenticated caller cannot be audited");
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
