package com.dezky.model.flag;

/** Flag keys are URL-safe and immutable. */
public final class FlagKeys {

    public static final String PATTERN = "^[a-z][a-z0-9_]{1,62}$";

    private FlagKeys() {
    }
}
