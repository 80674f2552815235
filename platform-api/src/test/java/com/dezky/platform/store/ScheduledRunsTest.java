package com.dezky.platform.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.dezky.platform.testing.ApiTest;
import com.dezky.platform.testing.MovableClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Two replicas' timers over one store: each period's job runs on exactly one of them. */
class ScheduledRunsTest extends ApiTest {

    static final Duration PERIOD = Duration.ofMinutes(1);

    final MovableClock clock = new MovableClock();
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final String job = "job-" + UUID.randomUUID();
    final AtomicInteger runs = new AtomicInteger();

    ScheduledRuns replica() {
        return new ScheduledRuns(mongo, meters, clock);
    }

    @Test
    void oncePerPeriodWhenTheOtherReplicaRanThisPeriodThenSkipsUntilTheNextOne() {
        ScheduledRuns first = replica();
        ScheduledRuns second = replica();

        assertThat(first.oncePerPeriod(job, PERIOD, runs::incrementAndGet)).isTrue();
        clock.advance(Duration.ofSeconds(30));
        assertThat(second.oncePerPeriod(job, PERIOD, runs::incrementAndGet)).as("mid-period, out of step").isFalse();
        clock.advance(Duration.ofSeconds(30));
        assertThat(second.oncePerPeriod(job, PERIOD, runs::incrementAndGet)).as("the next period").isTrue();
        assertThat(first.oncePerPeriod(job, PERIOD, runs::incrementAndGet)).isFalse();

        assertThat(runs).hasValue(2);
        assertThat(meters.counter("dezky.scheduled.runs", "job", job, "outcome", "ran").count()).isEqualTo(2);
        assertThat(meters.counter("dezky.scheduled.runs", "job", job, "outcome", "skipped").count()).isEqualTo(2);
    }

    @Test
    void oncePerPeriodWhenTheUsualReplicaStopsThenAnotherTakesTheNextPeriod() {
        ScheduledRuns usual = replica();
        ScheduledRuns other = replica();
        for (int period = 0; period < 3; period++) {
            usual.oncePerPeriod(job, PERIOD, runs::incrementAndGet);
            clock.advance(Duration.ofSeconds(20));
            other.oncePerPeriod(job, PERIOD, runs::incrementAndGet);
            clock.advance(Duration.ofSeconds(40));
        }
        assertThat(runs).hasValue(3);

        // "usual" is gone: "other" keeps ticking at its own offset.
        clock.advance(Duration.ofSeconds(20));
        assertThat(other.oncePerPeriod(job, PERIOD, runs::incrementAndGet)).isTrue();
        assertThat(runs).hasValue(4);
    }

    @Test
    void oncePerPeriodWhenBothReplicasFireAtTheSameInstantThenExactlyOneRuns() throws Exception {
        List<ScheduledRuns> replicas = List.of(replica(), replica(), replica(), replica());
        CountDownLatch together = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(replicas.size());
        try {
            List<Future<Boolean>> claims = new ArrayList<>();
            for (ScheduledRuns replica : replicas) {
                claims.add(pool.submit(() -> {
                    together.await();
                    return replica.oncePerPeriod(job, PERIOD, runs::incrementAndGet);
                }));
            }
            together.countDown();
            long ran = 0;
            for (Future<Boolean> claim : claims) {
                ran += claim.get() ? 1 : 0;
            }
            assertThat(ran).isEqualTo(1);
            assertThat(runs).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
