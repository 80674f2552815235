package com.dezky.platform.tenant;

import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Counts of the living (not deleted) tenants and their seats by partner, plan and status, read
 * from the tenant counters (kept by the tenant events, see {@code TenantCounts}): what revenue,
 * payouts and a partner's customers are made of, without reading every tenant.
 */
@Service
public class TenantStatistics {

    /** Tenants of one partner (null for direct customers) on one plan in one status, and their seats. */
    public record Slice(String partnerId, String plan, com.dezky.model.tenant.TenantStatus status, long tenants,
            long seats) {
    }

    private final Tenants tenants;

    TenantStatistics(Tenants tenants) {
        this.tenants = tenants;
    }

    /** Every slice of the registry. */
    public List<Slice> living() {
        return slices(tenants.livingByPartnerPlanAndStatus(null));
    }

    /** The slices of these partners only. */
    public List<Slice> livingOf(Collection<String> partnerIds) {
        return partnerIds.isEmpty() ? List.of() : slices(tenants.livingByPartnerPlanAndStatus(List.copyOf(partnerIds)));
    }

    private static List<Slice> slices(List<TenantQueries.Group> groups) {
        return groups.stream().map(g -> new Slice(g.partnerId(), g.plan(), g.status(), g.tenants(), g.seats())).toList();
    }
}
