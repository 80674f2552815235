package com.dezky.model.flag;

/** The part of a flag that decides: its state, its rollout percentage and its scope. */
public record FlagRule(String key, FlagState state, int pct, FlagScope scope) {

    public FlagRule {
        if (pct < 0 || pct > 100) {
            throw new IllegalArgumentException("pct must be 0-100");
        }
        scope = scope == null ? FlagScope.EVERYONE : scope;
    }

    /** The rule of a flag that is off: what a new or deleted flag is compared with. */
    public static FlagRule off(String key) {
        return new FlagRule(key, FlagState.OFF, 0, FlagScope.EVERYONE);
    }
}
