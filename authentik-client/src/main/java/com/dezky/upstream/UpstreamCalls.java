package com.dezky.upstream;

import feign.FeignException;
import feign.RetryableException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * How every call to one upstream is made: through that upstream's circuit breaker, retried with
 * exponential backoff only when idempotent and only on {@link UpstreamException.Kind#UNAVAILABLE},
 * timed, and counted by outcome ({@code dezky_upstream_calls_total}). Only unavailability counts
 * against the circuit; a conflict or a rejected input is a healthy upstream saying no.
 */
public final class UpstreamCalls {

    private final String upstream;
    private final CircuitBreaker circuitBreaker;
    private final Retry retry;
    private final MeterRegistry meters;
    /** What the last failure that counted against the circuit said, for the errors of an open circuit. */
    private volatile String lastFailure = "unknown";

    UpstreamCalls(String upstream, CircuitBreaker circuitBreaker, UpstreamsProperties.Resilience resilience,
            MeterRegistry meters) {
        this.upstream = upstream;
        this.circuitBreaker = circuitBreaker;
        this.retry = Retry.of(upstream, RetryConfig.custom()
                .maxAttempts(resilience.maxAttempts())
                .intervalFunction(IntervalFunction.ofExponentialBackoff(resilience.backoff(), 2.0))
                .retryOnException(e -> e instanceof UpstreamException u && u.is(UpstreamException.Kind.UNAVAILABLE)
                        && !(u.getCause() instanceof CallNotPermittedException))
                .build());
        this.meters = meters;
    }

    public String upstream() {
        return upstream;
    }

    public CircuitBreaker circuitBreaker() {
        return circuitBreaker;
    }

    /** A call that changes nothing, or changes it to the same end however often it runs: retried. */
    public <T> T idempotent(String operation, Supplier<T> call) {
        return Retry.decorateSupplier(retry, () -> once(operation, call)).get();
    }

    public void idempotent(String operation, Runnable call) {
        idempotent(operation, () -> {
            call.run();
            return null;
        });
    }

    /** A call that may create or change something each time: tried once, never repeated. */
    public <T> T once(String operation, Supplier<T> call) {
        Timer.Sample sample = Timer.start(meters);
        String outcome = "ok";
        try {
            return circuitBreaker.executeSupplier(() -> translated(call));
        } catch (CallNotPermittedException e) {
            outcome = "circuit_open";
            // The cause the operator needs is the failure that opened the circuit, not the circuit.
            throw new UpstreamException(UpstreamException.Kind.UNAVAILABLE, upstream, lastFailure
                    + " (circuit open after repeated failures; not calling " + operation + ")", e);
        } catch (UpstreamException e) {
            outcome = e.kind().wire();
            if (e.is(UpstreamException.Kind.UNAVAILABLE)) {
                String prefix = upstream + ": ";
                lastFailure = e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage();
            }
            throw e;
        } finally {
            sample.stop(Timer.builder("dezky.upstream.call.duration")
                    .description("Time of each call to an upstream, retries counted separately")
                    .publishPercentileHistogram()
                    .tag("upstream", upstream).tag("operation", operation)
                    .register(meters));
            Counter.builder("dezky.upstream.calls")
                    .description("Calls to an upstream by outcome: ok, conflict, not_found, unauthorized, rejected, unavailable, circuit_open")
                    .tag("upstream", upstream).tag("operation", operation).tag("outcome", outcome)
                    .register(meters).increment();
        }
    }

    public void once(String operation, Runnable call) {
        once(operation, () -> {
            call.run();
            return null;
        });
    }

    /** A value, and whether this call created it. */
    public record Found<T>(T value, boolean created) {
    }

    /**
     * Finds, else creates; a create that meets a conflict lost a race to someone creating the
     * same thing meanwhile, so the winner's object is found and used.
     */
    public static <T> Found<T> findOrCreate(Supplier<Optional<T>> find, Supplier<T> create) {
        Optional<T> found = find.get();
        if (found.isPresent()) {
            return new Found<>(found.get(), false);
        }
        try {
            return new Found<>(create.get(), true);
        } catch (UpstreamException e) {
            if (e.is(UpstreamException.Kind.CONFLICT)) {
                return new Found<>(find.get().orElseThrow(() -> e), false);
            }
            throw e;
        }
    }

    /** Runs a call for which this kind of failure means the goal is met already (deleting what is gone). */
    public static void ignoring(UpstreamException.Kind kind, Runnable call) {
        try {
            call.run();
        } catch (UpstreamException e) {
            if (!e.is(kind)) {
                throw e;
            }
        }
    }

    /** Transport failures (refused, reset, timed out) and undecoded errors are unavailability. */
    private <T> T translated(Supplier<T> call) {
        try {
            return call.get();
        } catch (RetryableException e) {
            throw new UpstreamException(UpstreamException.Kind.UNAVAILABLE, upstream, describe(e), e);
        } catch (FeignException e) {
            throw new UpstreamException(UpstreamException.kindOf(e.status()), upstream,
                    "HTTP " + e.status() + " " + e.getMessage(), e);
        }
    }

    private static String describe(RetryableException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
