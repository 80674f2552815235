package com.dezky.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

/** How the authorization matrices read their tables: "ok" means past authorization, else a status. */
public final class Outcomes {

    private Outcomes() {
    }

    public static void assertOutcome(int status, String expected, String who) {
        if (expected.equals("ok")) {
            assertThat(status).as(who).isNotIn(401, 403);
        } else {
            assertThat(status).as(who).isEqualTo(Integer.parseInt(expected));
        }
    }
}
