package com.dezky.platform.flag;

import com.dezky.model.flag.FlagRule;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Every flag's rule, read once per version of the flag set rather than on every evaluation of all
 * flags: a request costs one point read of the version. A snapshot's rules are never older than
 * its version (the version is bumped after the change, in its transaction).
 */
@Component
class FlagSnapshots {

    /** The rules by key, and the version of the flag set they belong to. */
    record Snapshot(long version, List<FlagRule> rules) {
    }

    private final Flags flags;
    private volatile Snapshot current = new Snapshot(-1, List.of());

    FlagSnapshots(Flags flags) {
        this.flags = flags;
    }

    /** The flag set's version now, without reading a flag. */
    long version() {
        return flags.flagSetVersion();
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
