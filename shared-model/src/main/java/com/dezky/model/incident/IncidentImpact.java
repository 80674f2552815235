package com.dezky.model.incident;

import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Whom one alert concerns, read from its labels: {@code tenant} names one tenant, {@code upstream}
 * one upstream (and so the tenants provisioned into it), {@code service} one of the control plane's
 * services (the customer-facing ones concern every tenant). Anything else concerns only Dezky.
 *
 * @param target the tenant's slug, the upstream's or the service's name; null for {@link ImpactScope#ALL}
 */
public record IncidentImpact(ImpactScope scope, @Nullable String target) {

    /** The services customers reach: when one of them is down, every tenant is. */
    public static final Set<String> CUSTOMER_FACING = Set.of("gateway", "portal-bff", "platform-api");

    public static IncidentImpact fromLabels(Map<String, String> labels) {
        String tenant = labels.get("tenant");
        if (present(tenant)) {
            return new IncidentImpact(ImpactScope.TENANT, tenant);
        }
        String upstream = labels.get("upstream");
        if (present(upstream)) {
            return new IncidentImpact(ImpactScope.UPSTREAM, upstream);
        }
        String service = labels.get("service");
        if (present(service)) {
            return CUSTOMER_FACING.contains(service) ? new IncidentImpact(ImpactScope.ALL, null)
                    : new IncidentImpact(ImpactScope.INTERNAL, service);
        }
        return new IncidentImpact(ImpactScope.INTERNAL, null);
    }

    /** Whether this concerns the tenant, given the upstreams it is provisioned into. */
    public boolean affects(String tenant, Set<String> upstreamsOfTenant) {
        return switch (scope) {
            case ALL -> true;
            case TENANT -> target.equals(tenant);
            case UPSTREAM -> upstreamsOfTenant.contains(target);
            case INTERNAL -> false;
        };
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
