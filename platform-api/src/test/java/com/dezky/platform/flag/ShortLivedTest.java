package com.dezky.platform.flag;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ShortLivedTest {

    private final AtomicLong now = new AtomicLong();
    private final AtomicInteger reads = new AtomicInteger();

    private String read(String key) {
        return key + "#" + reads.incrementAndGet();
    }

    @Test
    void keepsAValueForItsTimeThenReadsItAgain() {
        ShortLived<String, String> cache = new ShortLived<>(Duration.ofSeconds(1), now::get);

        assertThat(cache.get("acme", this::read)).isEqualTo("acme#1");
        now.addAndGet(Duration.ofMillis(999).toNanos());
        assertThat(cache.get("acme", this::read)).isEqualTo("acme#1");
        now.addAndGet(Duration.ofMillis(1).toNanos());
        assertThat(cache.get("acme", this::read)).isEqualTo("acme#2");
    }

    @Test
    void forgetsEverythingWhenTold() {
        ShortLived<String, String> cache = new ShortLived<>(Duration.ofSeconds(1), now::get);
        cache.get("acme", this::read);

        cache.forgetAll();

        assertThat(cache.get("acme", this::read)).isEqualTo("acme#2");
    }

    @Test
    void keepsNothingWithoutATime() {
        ShortLived<String, String> cache = new ShortLived<>(Duration.ZERO, now::get);

        cache.get("acme", this::read);

        assertThat(cache.get("acme", this::read)).isEqualTo("acme#2");
    }
}
