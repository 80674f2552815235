package com.dezky.platform.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * When, and by whom, something happened: carried by every domain event, so that a reaction
 * run later (or again, after a restart) still knows. The id makes each event distinct, which
 * the event publication registry and the audit trail's idempotency rely on.
 */
public record Occurrence(UUID id, Instant at, Actor actor) {

    /** Now, by the caller of the current request. */
    public static Occurrence byCaller(Clock clock) {
        return new Occurrence(UUID.randomUUID(), now(clock), Actor.current());
    }

    /** Now, by the platform itself. */
    public static Occurrence bySystem(Clock clock) {
        return new Occurrence(UUID.randomUUID(), now(clock), Actor.SYSTEM);
    }

    /** Stored instants have millisecond precision; what is hashed is what is read back. */
    private static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
