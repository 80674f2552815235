package com.dezky.bff;

import com.dezky.model.replica.RefusedReplicas;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.discovery.DiscoveryClient;

/**
 * platform-api's replicas as configured ({@code dezky.bff.api-base-uris}), for Spring Cloud
 * LoadBalancer: the relay spreads calls over them round-robin; one that refuses a connection is
 * left out for a few seconds ({@link RefusedReplicas}), and the call that met it goes to another
 * ({@link ReplicaFailover}).
 */
class ApiReplicas implements DiscoveryClient {

    static final String SERVICE = "platform-api";

    private static final Duration LEFT_OUT_FOR = Duration.ofSeconds(5);

    private final List<ServiceInstance> instances;
    private final RefusedReplicas refused = new RefusedReplicas(LEFT_OUT_FOR, Clock.systemUTC());

    ApiReplicas(List<URI> baseUris) {
        this.instances = IntStream.range(0, baseUris.size()).<ServiceInstance>mapToObj(i -> {
            URI uri = baseUris.get(i);
            return new DefaultServiceInstance(SERVICE + "-" + (i + 1), SERVICE, uri.getHost(), uri.getPort(),
                    "https".equals(uri.getScheme()));
        }).toList();
    }

    /** The replica at {@code uri} refused a connection. */
    void refused(URI uri) {
        refused.refused(uri.getHost() + ":" + uri.getPort());
    }

    @Override
    public List<ServiceInstance> getInstances(String serviceId) {
        return SERVICE.equals(serviceId)
                ? refused.available(instances, instance -> instance.getHost() + ":" + instance.getPort())
                : List.of();
    }

    @Override
    public List<String> getServices() {
        return List.of(SERVICE);
    }

    @Override
    public String description() {
        return "platform-api replicas from dezky.bff.api-base-uris";
    }

    @Override
    public int getOrder() {
        // Before Spring Cloud's simple discovery client, which knows nothing here.
        return HIGHEST_PRECEDENCE;
    }
}
