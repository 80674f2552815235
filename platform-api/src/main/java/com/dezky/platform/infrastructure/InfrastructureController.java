package com.dezky.platform.infrastructure;

import com.dezky.upstream.Upstreams;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The real state of the platform, measured now (operator-only, see the access policy): each service's readiness as it
 * answers it, the database's round trip, and each upstream's settings and circuit breaker.
 * Nothing is cached or estimated; a service that does not answer in time is down.
 */
@RestController
@EnableConfigurationProperties(InfrastructureProperties.class)
class InfrastructureController {

    private final InfrastructureProperties properties;
    private final MongoDatabaseFactory database;
    private final Upstreams upstreams;
    private final Clock clock;
    private final HttpClient http;

    InfrastructureController(InfrastructureProperties properties, MongoDatabaseFactory database, Upstreams upstreams,
            Clock clock) {
        this.properties = properties;
        this.database = database;
        this.upstreams = upstreams;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
    }

    /**
     * @param status {@code up}, {@code down} or {@code unknown} (probe not configured)
     */
    record ServiceHealth(String name, String status, @Nullable Long latencyMs, @Nullable String detail) {
    }

    record InfrastructureView(Instant checkedAt, List<ServiceHealth> services, ServiceHealth database,
            List<Upstreams.UpstreamStatus> upstreams) {
    }

    @GetMapping("/infrastructure")
    InfrastructureView infrastructure() {
        Map<String, CompletableFuture<ServiceHealth>> probes = new TreeMap<>();
        properties.probes().forEach((name, url) -> probes.put(name, probe(name, url)));
        List<ServiceHealth> services = new ArrayList<>();
        services.add(new ServiceHealth("platform-api", "up", 0L, "answering this request"));
        probes.values().forEach(probe -> services.add(probe.join()));
        return new InfrastructureView(clock.instant(), services, database(), upstreams.status());
    }

    private CompletableFuture<ServiceHealth> probe(String name, URI url) {
        long start = System.nanoTime();
        HttpRequest request = HttpRequest.newBuilder(url).timeout(properties.timeout()).GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> new ServiceHealth(name, response.statusCode() == 200
                        && response.body().contains("\"UP\"") ? "up" : "down", elapsed(start),
                        "readiness answered HTTP " + response.statusCode()))
                .exceptionally(e -> new ServiceHealth(name, "down", elapsed(start),
                        "no answer: " + (e.getCause() != null ? e.getCause().getClass().getSimpleName() : e.getMessage())));
    }

    private ServiceHealth database() {
        long start = System.nanoTime();
        try {
            database.getMongoDatabase().runCommand(new Document("ping", 1));
            return new ServiceHealth("database", "up", elapsed(start), "ping answered");
        } catch (RuntimeException e) {
            return new ServiceHealth("database", "down", elapsed(start), e.getClass().getSimpleName());
        }
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
