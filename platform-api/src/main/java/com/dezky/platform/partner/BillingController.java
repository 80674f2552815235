package com.dezky.platform.partner;

import com.dezky.model.Money;
import com.dezky.model.billing.BillingSummary;
import com.dezky.platform.plan.PlanCatalogue;
import com.dezky.platform.tenant.TenantRevenue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Revenue of the whole registry: MRR by plan, by partner, and the partners' payouts. Lives with
 * partners because payouts are theirs; computed from the tenant registry at query time.
 */
@RestController
class BillingController {

    private final TenantRevenue revenue;
    private final PartnerService partners;
    private final PlanCatalogue plans;

    BillingController(TenantRevenue revenue, PartnerService partners, PlanCatalogue plans) {
        this.revenue = revenue;
        this.partners = partners;
        this.plans = plans;
    }

    @GetMapping("/billing/summary")
    BillingSummary summary() {
        List<TenantRevenue.Slice> slices = revenue.slices();
        Money zero = Money.zero(plans.currency());
        Map<String, long[]> planCounts = new LinkedHashMap<>();
        Map<String, Money> planMrr = new LinkedHashMap<>();
        Map<String, long[]> partnerCounts = new LinkedHashMap<>();
        Map<String, Money> partnerMrr = new LinkedHashMap<>();
        Money total = zero;
        Money direct = zero;
        for (TenantRevenue.Slice slice : slices) {
            total = total.plus(slice.mrr());
            add(planCounts, planMrr, slice.plan(), slice);
            if (slice.partnerId() == null) {
                direct = direct.plus(slice.mrr());
            } else {
                add(partnerCounts, partnerMrr, slice.partnerId(), slice);
            }
        }
        List<BillingSummary.ByPlan> byPlan = plans.plans().stream()
                .map(plan -> {
                    long[] counts = planCounts.getOrDefault(plan.key(), new long[2]);
                    return new BillingSummary.ByPlan(plan.key(), plan.name(), counts[0], counts[1],
                            planMrr.getOrDefault(plan.key(), zero));
                }).toList();
        Map<String, Partner> byId = partners.byId(partnerCounts.keySet());
        List<BillingSummary.ByPartner> byPartner = new ArrayList<>();
        Money payouts = zero;
        for (var entry : partnerCounts.entrySet()) {
            Partner partner = byId.get(entry.getKey());
            if (partner == null) {
                continue;
            }
            Money mrr = partnerMrr.get(entry.getKey());
            Money payout = mrr.timesBasisPoints(partner.getMarginBasisPoints());
            payouts = payouts.plus(payout);
            byPartner.add(new BillingSummary.ByPartner(partner.getSlug(), partner.getName(), partner.getStatus().wire(),
                    entry.getValue()[0], entry.getValue()[1], mrr, partner.marginPct(), payout));
        }
        byPartner.sort(Comparator.comparing((BillingSummary.ByPartner p) -> p.mrr().amountMinor()).reversed()
                .thenComparing(BillingSummary.ByPartner::partner));
        return new BillingSummary(total, direct, payouts, byPlan, byPartner);
    }

    /** Adds a slice's billed tenants and seats ({@code counts[0]}, {@code [1]}) and MRR under a key. */
    private static void add(Map<String, long[]> counts, Map<String, Money> mrr, String key, TenantRevenue.Slice slice) {
        long[] totals = counts.computeIfAbsent(Objects.requireNonNull(key), k -> new long[2]);
        totals[0] += slice.billedTenants();
        totals[1] += slice.billedSeats();
        mrr.merge(key, slice.mrr(), Money::plus);
    }
}
