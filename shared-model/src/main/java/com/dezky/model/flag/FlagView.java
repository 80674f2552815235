package com.dezky.model.flag;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A flag as the API shows it, with its last changes (newest first, at most 20), and who it is
 * shown to ({@code customerName} and {@code customerDescription} are what customers read).
 */
public record FlagView(String key, @Nullable String description, FlagState state, int pct, FlagScope scope,
        List<RuleChange> history, Instant createdAt, Instant updatedAt, long version, FlagAudience audience,
        @Nullable String customerName, @Nullable String customerDescription) {

    /**
     * What callers other than operators see: no history (it names Dezky staff and their reasons),
     * and no tenant or partner allowlists (they name other customers).
     */
    public FlagView withoutInternals() {
        return new FlagView(key, description, state, pct,
                new FlagScope(scope.plans(), java.util.Set.of(), java.util.Set.of(), scope.environments()), List.of(),
                createdAt, updatedAt, version, audience, customerName, customerDescription);
    }

    /** One change: who, when, the rule before and after ({@code state pct scope}), and why. */
    public record RuleChange(String actor, Instant at, String before, String after, @Nullable String reason) {
    }
}
