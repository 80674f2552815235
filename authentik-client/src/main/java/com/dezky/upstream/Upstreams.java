package com.dezky.upstream;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import feign.codec.ErrorDecoder;
import org.jspecify.annotations.Nullable;
import org.springframework.cloud.openfeign.FeignClientBuilder;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The known upstreams, their settings and one {@link UpstreamCalls} (circuit breaker, retry,
 * metrics) each. An upstream without settings counts as not enabled.
 */
public final class Upstreams {

    public static final String AUTHENTIK = "authentik";
    public static final String STALWART = "stalwart";
    public static final String OCIS = "ocis";
    public static final List<String> NAMES = List.of(AUTHENTIK, STALWART, OCIS);

    private final UpstreamsProperties properties;
    private final CircuitBreakerRegistry circuitBreakers;
    private final MeterRegistry meters;
    private final FeignClientBuilder feignClients;
    private final Map<String, UpstreamCalls> calls = new ConcurrentHashMap<>();
    private final Map<String, Object> clients = new ConcurrentHashMap<>();

    public Upstreams(UpstreamsProperties properties, CircuitBreakerRegistry circuitBreakers, MeterRegistry meters,
            FeignClientBuilder feignClients) {
        this.properties = properties;
        this.circuitBreakers = circuitBreakers;
        this.meters = meters;
        this.feignClients = feignClients;
    }

    public Optional<UpstreamsProperties.Upstream> settings(String name) {
        return properties.find(name);
    }

    public boolean enabled(String name) {
        return settings(name).map(UpstreamsProperties.Upstream::enabled).orElse(false);
    }

    public UpstreamCalls calls(String name) {
        return calls.computeIfAbsent(name, this::newCalls);
    }

    /** The upstream's Feign client, built once on first use; using an upstream that is not enabled is a bug. */
    public <T> T client(String name, Class<T> api, ErrorDecoder errors) {
        return api.cast(clients.computeIfAbsent(name, key -> FeignClients.build(feignClients, key, api, settings(key)
                .filter(UpstreamsProperties.Upstream::enabled)
                .orElseThrow(() -> new IllegalStateException(key + " is not enabled (dezky.upstreams." + key + ")")), errors)));
    }

    /** What an operator needs to know about each upstream right now, without calling it. */
    public List<UpstreamStatus> status() {
        return NAMES.stream().map(name -> {
            Optional<UpstreamsProperties.Upstream> settings = settings(name);
            if (settings.isEmpty() || !settings.get().enabled()) {
                return new UpstreamStatus(name, false, settings.map(UpstreamsProperties.Upstream::sandbox).orElse(false),
                        settings.map(s -> s.baseUrl().toString()).orElse(null), "disabled", -1f, 0);
            }
            CircuitBreaker breaker = calls(name).circuitBreaker();
            CircuitBreaker.Metrics metrics = breaker.getMetrics();
            return new UpstreamStatus(name, true, settings.get().sandbox(), settings.get().baseUrl().toString(),
                    breaker.getState().name().toLowerCase(Locale.ROOT), metrics.getFailureRate(),
                    metrics.getNumberOfBufferedCalls());
        }).toList();
    }

    private UpstreamCalls newCalls(String name) {
        UpstreamsProperties.Resilience resilience = settings(name).map(UpstreamsProperties.Upstream::resilience)
                .orElse(UpstreamsProperties.Resilience.DEFAULTS);
        CircuitBreaker breaker = circuitBreakers.circuitBreaker(name, CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(resilience.slidingWindow())
                .minimumNumberOfCalls(resilience.minimumCalls())
                .failureRateThreshold(resilience.failureRateThreshold())
                .waitDurationInOpenState(resilience.openFor())
                .permittedNumberOfCallsInHalfOpenState(2)
                .automaticTransitionFromOpenToHalfOpenEnabled(true)
                .recordException(e -> e instanceof UpstreamException u && u.is(UpstreamException.Kind.UNAVAILABLE))
                .build());
        return new UpstreamCalls(name, breaker, resilience, meters);
    }

    /**
     * @param circuitBreaker {@code closed}, {@code open}, {@code half_open}, or {@code disabled} when not in use
     * @param failureRate    percentage of failed calls in the window, -1 until enough calls were made
     */
    public record UpstreamStatus(String name, boolean enabled, boolean sandbox, @Nullable String baseUrl, String circuitBreaker,
            float failureRate, int recentCalls) {
    }
}
