package com.dezky.platform.flag;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Values read from the store kept for a moment, so that the hot read paths (OFREP) do not read the
 * same rarely changing document on every request. This replica forgets them at once when it
 * changes what they come from; a change on another replica shows here within {@code ttl}.
 */
final class ShortLived<K, V> {

    /** Beyond this many keys, everything is forgotten (the map never grows without bound). */
    private static final int MAX_KEYS = 10_000;

    private record Entry<V>(V value, long readAt) {
    }

    private final long ttlNanos;
    private final LongSupplier nanoTime;
    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

    ShortLived(Duration ttl, LongSupplier nanoTime) {
        this.ttlNanos = ttl.toNanos();
        this.nanoTime = nanoTime;
    }

    V get(K key, Function<K, V> read) {
        long now = nanoTime.getAsLong();
        Entry<V> entry = entries.get(key);
        if (entry != null && now - entry.readAt() < ttlNanos) {
            return entry.value();
        }
        V value = read.apply(key);
        if (ttlNanos > 0) {
            if (entries.size() >= MAX_KEYS) {
                entries.clear();
            }
            entries.put(key, new Entry<>(value, now));
        }
        return value;
    }

    void forgetAll() {
        entries.clear();
    }
}
