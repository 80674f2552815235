package com.dezky.gateway;

import com.dezky.model.replica.RefusedReplicas;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.discovery.ReactiveDiscoveryClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * The replicas behind each {@code lb://service} route, as configured ({@code dezky.gateway.backends}:
 * a service name and its replicas' base URIs, comma-separated in one variable). Spring Cloud
 * LoadBalancer takes them from here and spreads requests round-robin; a replica that refuses a
 * connection is left out for a few seconds ({@link RefusedReplicas}, told by {@link ConnectRetryFilter}),
 * and the request that met it goes to another.
 */
@Component
class ConfiguredBackends implements ReactiveDiscoveryClient {

    private static final Duration LEFT_OUT_FOR = Duration.ofSeconds(5);

    private final Map<String, List<ServiceInstance>> instances;
    private final RefusedReplicas refused = new RefusedReplicas(LEFT_OUT_FOR, Clock.systemUTC());

    ConfiguredBackends(EdgeProperties properties) {
        this.instances = properties.backends().entrySet().stream().collect(Collectors.toUnmodifiableMap(
                Map.Entry::getKey, backend -> instances(backend.getKey(), backend.getValue())));
    }

    /** The replica at {@code uri} refused a connection. */
    void refused(URI uri) {
        refused.refused(uri.getHost() + ":" + uri.getPort());
    }

    private static List<ServiceInstance> instances(String service, List<URI> replicas) {
        return IntStream.range(0, replicas.size()).<ServiceInstance>mapToObj(i -> {
            URI uri = replicas.get(i);
            return new DefaultServiceInstance(service + "-" + (i + 1), service, uri.getHost(), uri.getPort(),
                    "https".equals(uri.getScheme()));
        }).toList();
    }

    @Override
    public Flux<ServiceInstance> getInstances(String serviceId) {
        return Flux.fromIterable(refused.available(instances.getOrDefault(serviceId, List.of()),
                instance -> instance.getHost() + ":" + instance.getPort()));
    }

    @Override
    public Flux<String> getServices() {
        return Flux.fromIterable(instances.keySet());
    }

    @Override
    public String description() {
        return "Backends from dezky.gateway.backends";
    }

    @Override
    public int getOrder() {
        // Before Spring Cloud's simple discovery client, which knows nothing here.
        return HIGHEST_PRECEDENCE;
    }
}
