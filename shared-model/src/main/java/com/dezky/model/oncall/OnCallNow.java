package com.dezky.model.oncall;

import java.time.Instant;

/**
 * {@code GET /oncall/now}: who is on call, since and until when, whether by an override, and who
 * comes next. {@code configured} is false (and the rest null) while no schedule exists.
 */
public record OnCallNow(boolean configured, String email, Instant since, Instant until, boolean override, String next) {

    public static OnCallNow unconfigured() {
        return new OnCallNow(false, null, null, null, false, null);
    }
}
