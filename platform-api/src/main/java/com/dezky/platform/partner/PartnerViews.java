package com.dezky.platform.partner;

import com.dezky.model.Money;
import com.dezky.model.PageView;
import com.dezky.model.partner.PartnerView;
import com.dezky.platform.plan.PlanCatalogue;
import com.dezky.platform.tenant.TenantStatistics;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Partners as the API shows them, with customers, MRR and payout computed for all of them at once. */
@Component
class PartnerViews {

    private final TenantStatistics statistics;
    private final PlanCatalogue plans;

    PartnerViews(TenantStatistics statistics, PlanCatalogue plans) {
        this.statistics = statistics;
        this.plans = plans;
    }

    PartnerView view(Partner partner) {
        return views(List.of(partner)).getFirst();
    }

    PageView<PartnerView> views(PageView<Partner> page) {
        return new PageView<>(views(page.items()), page.page(), page.size(), page.totalItems());
    }

    private List<PartnerView> views(List<Partner> partners) {
        Map<String, long[]> customers = new HashMap<>();
        Map<String, Money> mrr = new HashMap<>();
        for (TenantStatistics.Slice slice : statistics.livingOf(partners.stream().map(Partner::getId).toList())) {
            customers.computeIfAbsent(slice.partnerId(), id -> new long[1])[0] += slice.tenants();
            if (slice.status().billed()) {
                mrr.merge(slice.partnerId(), plans.mrr(slice.plan(), slice.seats()), Money::plus);
            }
        }
        Money zero = Money.zero(plans.currency());
        return partners.stream().map(partner -> {
            Money partnerMrr = mrr.getOrDefault(partner.getId(), zero);
            return new PartnerView(partner.getId(), partner.getSlug(), partner.getName(), partner.getDomain(),
                    partner.getStatus(), partner.marginPct(), partner.getPartnershipStartedAt(),
                    partner.getContactInfo(), partner.getBillingInfo(),
                    customers.getOrDefault(partner.getId(), new long[1])[0], partnerMrr,
                    partner.getStatus().earnsPayout() ? partnerMrr.timesBasisPoints(partner.getMarginBasisPoints()) : zero,
                    partner.getTerminatedAt(),
                    partner.getCreatedAt(), partner.getUpdatedAt(), partner.getVersion() == null ? 0 : partner.getVersion());
        }).toList();
    }
}
