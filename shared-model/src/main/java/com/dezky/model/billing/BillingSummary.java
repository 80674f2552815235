package com.dezky.model.billing;

import com.dezky.model.Money;
import java.util.List;

/**
 * {@code GET /billing/summary}: monthly recurring revenue of the active tenants, by plan and by
 * partner, and what each partner is owed. {@code direct} is the MRR of tenants without a partner.
 */
public record BillingSummary(Money totalMrr, Money direct, Money totalPayout, List<ByPlan> byPlan,
        List<ByPartner> byPartner) {

    public record ByPlan(String plan, String name, long tenants, long seats, Money mrr) {
    }

    public record ByPartner(String partner, String name, com.dezky.model.partner.PartnerStatus status, long tenants, long seats, Money mrr,
            java.math.BigDecimal marginPct, Money payout) {
    }
}
