package com.dezky.model.replica;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Replicas that just refused a connection, left out of the rotation for a while, as nginx's
 * {@code max_fails=1 fail_timeout=...} does: without it, concurrent requests keep being sent to a
 * stopped replica and a single retry can land on it again. A replica comes back by itself when its
 * time is up (the next refusal sends it out again); when every replica is out, all are offered,
 * since refusing them all would be no better. Replicas are named by {@code host:port}.
 */
public final class RefusedReplicas {

    private final Duration leftOutFor;
    private final Clock clock;
    private final Map<String, Instant> leftOutUntil = new ConcurrentHashMap<>();

    public RefusedReplicas(Duration leftOutFor, Clock clock) {
        this.leftOutFor = leftOutFor;
        this.clock = clock;
    }

    public void refused(String hostAndPort) {
        leftOutUntil.put(hostAndPort, clock.instant().plus(leftOutFor));
    }

    /** The replicas to choose from now: those not left out, or all of them if every one is. */
    public <T> List<T> available(List<T> replicas, Function<T, String> hostAndPort) {
        if (leftOutUntil.isEmpty()) {
            return replicas;
        }
        Instant now = clock.instant();
        leftOutUntil.values().removeIf(until -> !until.isAfter(now));
        List<T> available = replicas.stream().filter(replica -> !leftOutUntil.containsKey(hostAndPort.apply(replica)))
                .toList();
        return available.isEmpty() ? replicas : available;
    }
}
