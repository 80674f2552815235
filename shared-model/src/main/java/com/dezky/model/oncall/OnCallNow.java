package com.dezky.model.oncall;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /oncall/now}: who is on call, since and until when, whether by an override, and who
 * comes next. {@code configured} is false (and the rest null) while no schedule exists.
 */
public record OnCallNow(boolean configured, @Nullable String email, @Nullable Instant since, @Nullable Instant until, boolean override, @Nullable String next) {

    public static OnCallNow unconfigured() {
        return new OnCallNow(false, null, null, null, false, null);
    }
}
