package com.dezky.platform.notification;

import java.time.Instant;

/** What a derived query cannot say: moving a mark forward only, atomically. */
interface NotificationReadQueries {

    /** Sets the operator's mark to {@code upTo} unless it is further already (two tabs never move it back). */
    void readUpTo(String operator, Instant upTo);
}
