package com.dezky.platform.invite;

import com.dezky.platform.web.ApiProblem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/** Runs invitations into one group, or of one e-mail address ({@code email:<address>}), one at a time (see {@link InviteLock}). */
@Component
class GroupLock {

    /** Longer than any invitation takes (a few upstream calls with their timeouts). */
    private static final Duration HOLD = Duration.ofSeconds(60);
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final InviteLocks locks;
    private final Clock clock;

    GroupLock(InviteLocks locks, Clock clock) {
        this.locks = locks;
        this.clock = clock;
    }

    <T> T inGroup(String group, Supplier<T> invitation) {
        String owner = UUID.randomUUID().toString();
        acquire(group, owner);
        try {
            return invitation.get();
        } finally {
            locks.deleteByGroupAndOwner(group, owner);
        }
    }

    private void acquire(String group, String owner) {
        Instant giveUp = clock.instant().plus(WAIT);
        while (true) {
            Instant now = clock.instant();
            try {
                locks.insert(new InviteLock(group, owner, now.plus(HOLD)));
                return;
            } catch (DuplicateKeyException held) {
                locks.deleteByGroupAndExpiresAtBefore(group, now);
            }
            if (now.isAfter(giveUp)) {
                throw ApiProblem.conflict("Another invitation into " + group + " is still being made; try again.");
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
