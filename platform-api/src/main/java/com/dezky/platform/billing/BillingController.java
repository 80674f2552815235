package com.dezky.platform.billing;

import com.dezky.model.Money;
import com.dezky.model.billing.BillingSummary;
import com.dezky.platform.partner.PartnerLookup;
import com.dezky.platform.plan.PlanCatalogue;
import com.dezky.platform.tenant.TenantStatistics;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /billing/summary} (operator-only): MRR = price(plan) × seat cap of each active tenant,
 * grouped by plan and by partner; a partner's customers are its living tenants, its payout its MRR × its
 * margin (none once it is terminated).
 */
@RestController
class BillingController {

    /** Tenants, billed seats and MRR under one key (a plan: billed tenants; a partner: living ones). */
    private record Totals(long tenants, long seats, Money mrr) {

        Totals plus(TenantStatistics.Slice slice, Money sliceMrr) {
            return new Totals(tenants + slice.tenants(), seats + slice.seats(), mrr.plus(sliceMrr));
        }

        /** Counted as customers (living), billed nothing (not active). */
        Totals plusUnbilled(TenantStatistics.Slice slice) {
            return new Totals(tenants + slice.tenants(), seats, mrr);
        }
    }

    private final TenantStatistics statistics;
    private final PartnerLookup partners;
    private final PlanCatalogue plans;

    BillingController(TenantStatistics statistics, PartnerLookup partners, PlanCatalogue plans) {
        this.statistics = statistics;
        this.partners = partners;
        this.plans = plans;
    }

    @GetMapping("/billing/summary")
    BillingSummary summary() {
        Money zero = Money.zero(plans.currency());
        Totals none = new Totals(0, 0, zero);
        Map<String, Totals> byPlan = new LinkedHashMap<>();
        Map<String, Totals> byPartner = new LinkedHashMap<>();
        Money total = zero;
        Money direct = zero;
        for (TenantStatistics.Slice slice : statistics.living()) {
            if (!slice.status().billed()) {
                // A partner's customers are its living tenants, billed or not (as on its own page).
                if (slice.partnerId() != null) {
                    byPartner.put(slice.partnerId(), byPartner.getOrDefault(slice.partnerId(), none).plusUnbilled(slice));
                }
                continue;
            }
            Money mrr = plans.mrr(slice.plan(), slice.seats());
            total = total.plus(mrr);
            byPlan.put(slice.plan(), byPlan.getOrDefault(slice.plan(), none).plus(slice, mrr));
            if (slice.partnerId() == null) {
                direct = direct.plus(mrr);
            } else {
                byPartner.put(slice.partnerId(), byPartner.getOrDefault(slice.partnerId(), none).plus(slice, mrr));
            }
        }
        List<BillingSummary.ByPlan> plansView = plans.plans().stream().map(plan -> {
            Totals totals = byPlan.getOrDefault(plan.key(), none);
            return new BillingSummary.ByPlan(plan.key(), plan.name(), totals.tenants(), totals.seats(), totals.mrr());
        }).toList();
        Map<String, PartnerLookup.Terms> terms = partners.termsOf(byPartner.keySet());
        List<BillingSummary.ByPartner> partnersView = new ArrayList<>();
        Money payouts = zero;
        for (var entry : byPartner.entrySet()) {
            PartnerLookup.Terms partner = terms.get(entry.getKey());
            if (partner == null) {
                continue;
            }
            Totals totals = entry.getValue();
            Money payout = partner.status().earnsPayout() ? totals.mrr().timesBasisPoints(partner.marginBasisPoints())
                    : zero;
            payouts = payouts.plus(payout);
            partnersView.add(new BillingSummary.ByPartner(partner.slug(), partner.name(), partner.status(),
                    totals.tenants(), totals.seats(), totals.mrr(),
                    BigDecimal.valueOf(partner.marginBasisPoints(), 2), payout));
        }
        partnersView.sort(Comparator.comparing((BillingSummary.ByPartner p) -> p.mrr().amountMinor()).reversed()
                .thenComparing(BillingSummary.ByPartner::partner));
        return new BillingSummary(total, direct, payouts, plansView, partnersView);
    }
}
