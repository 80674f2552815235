package com.dezky.platform.flag;

import com.dezky.model.flag.FlagRule;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Every flag's rule, read once per version of the flag set rather than on every evaluation of all
 * flags; the version itself is read at most once per {@code dezky.flags.read-cache} (default 1 s),
 * and forgotten as soon as a flag changes on this replica, so a change made elsewhere reaches this
 * replica's answers within that time. A snapshot's rules are never older than its version (the
 * version is bumped after the change, in its transaction).
 */
@Component
class FlagSnapshots {

    /** The rules by key, and the version of the flag set they belong to. */
    record Snapshot(long version, List<FlagRule> rules) {
    }

    private final Flags flags;
    private final ShortLived<String, Long> versions;
    private volatile Snapshot current = new Snapshot(-1, List.of());

    FlagSnapshots(Flags flags, @Value("${dezky.flags.read-cache:1s}") Duration readCache) {
        this.flags = flags;
        this.versions = new ShortLived<>(readCache, System::nanoTime);
    }

    /** The flag set's version, without reading a flag. */
    long version() {
        return versions.get("flag-set", key -> flags.flagSetVersion());
    }

    /** After a change of a flag here (committed): the next request reads the version again. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(FlagChanged changed) {
        versions.forgetAll();
    }

    Snapshot current() {
        long version = version();
        Snapshot snapshot = current;
        if (snapshot.version() != version) {
            snapshot = new Snapshot(version, flags.findAllByOrderByKeyAsc().stream().map(Flag::rule).toList());
            current = snapshot;
        }
        return snapshot;
    }
}
