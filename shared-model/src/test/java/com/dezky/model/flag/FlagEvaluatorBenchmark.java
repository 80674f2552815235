package com.dezky.model.flag;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Flag evaluation speed, single-threaded (one core). Targets: at least 2 million single
 * evaluations per second; all of 1,000 flags for one tenant in at most 0.5 ms.
 * Run: see docs/benchmarks.md.
 */
@State(Scope.Thread)
@Fork(1)
@Threads(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class FlagEvaluatorBenchmark {

    private FlagRule rollout;
    private FlagRule targeted;
    private List<FlagSubject> tenants;
    private List<FlagRule> thousandFlags;
    private int next;

    @Setup
    public void setUp() {
        rollout = new FlagRule("jmap_native_v2", FlagState.ROLLOUT, 25, FlagScope.EVERYONE);
        targeted = new FlagRule("gdpr_export_v2", FlagState.TARGETED, 0,
                new FlagScope(Set.of("enterprise", "business"), Set.of(), Set.of("northwind-it"), Set.of()));
        tenants = new ArrayList<>();
        for (int i = 0; i < 1_024; i++) {
            tenants.add(new FlagSubject("6b013a8b8a08f8b3e0%06d".formatted(i), "tenant-" + i,
                    i % 2 == 0 ? "business" : "starter", i % 3 == 0 ? "northwind-it" : null, "prod"));
        }
        thousandFlags = new ArrayList<>();
        FlagState[] states = FlagState.values();
        for (int i = 0; i < 1_000; i++) {
            FlagState state = states[i % states.length];
            FlagScope scope = state == FlagState.TARGETED
                    ? new FlagScope(Set.of("business"), Set.of("tenant-" + i), Set.of(), Set.of()) : FlagScope.EVERYONE;
            thousandFlags.add(new FlagRule("flag_" + i, state, i % 101, scope));
        }
    }

    /** One rollout evaluation (the costly state: a SHA-256 per call). */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public boolean singleRolloutEvaluation() {
        return FlagEvaluator.isOn(rollout, tenants.get(next++ & 1_023));
    }

    /** One targeted evaluation (set lookups only). */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public boolean singleTargetedEvaluation() {
        return FlagEvaluator.isOn(targeted, tenants.get(next++ & 1_023));
    }

    /** Every one of 1,000 flags (a quarter each off, on, targeted, rollout) for one tenant. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public void thousandFlagsForOneTenant(Blackhole results) {
        FlagSubject tenant = tenants.get(next++ & 1_023);
        for (FlagRule flag : thousandFlags) {
            results.consume(FlagEvaluator.evaluate(flag, tenant));
        }
    }
}
