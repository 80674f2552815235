package com.dezky.benchmarks.flags;

import com.dezky.model.flag.FlagSubject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One rollout decision per call, one thread, by Dezky's evaluator and its two peers in the same
 * run, over 1,024 tenants in turn. Run with {@code -prof gc} for the allocation per call; see
 * docs/benchmarks.md.
 */
@State(Scope.Thread)
@Fork(1)
@Threads(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RolloutComparisonBenchmark {

    private RolloutPeers peers;
    private final List<FlagSubject> tenants = new ArrayList<>();
    private int next;

    @Setup
    public void setUp() {
        peers = new RolloutPeers();
        for (int i = 0; i < 1_024; i++) {
            tenants.add(new FlagSubject("6b013a8b8a08f8b3e0%06d".formatted(i), "tenant-" + i, "business", null, "prod"));
        }
    }

    @TearDown
    public void tearDown() {
        peers.close();
    }

    @Benchmark
    public boolean dezkyFlagEvaluator() {
        return peers.dezky(tenants.get(next++ & 1_023));
    }

    @Benchmark
    public boolean flagdInProcess() {
        return peers.flagd(tenants.get(next++ & 1_023));
    }

    @Benchmark
    public boolean unleashIsEnabled() {
        return peers.unleash(tenants.get(next++ & 1_023));
    }
}
