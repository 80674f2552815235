package com.dezky.platform.tenant;

import com.dezky.model.Money;
import com.dezky.model.PageView;
import com.dezky.model.tenant.TenantAction;
import com.dezky.model.tenant.TenantView;
import com.dezky.platform.plan.PlanCatalogue;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** Tenants as the API shows them, with their partner, what they are billed and their provisioning. */
@Component
class TenantViews {

    private final PartnerDirectory partners;
    private final TenantUpstreams upstreams;
    private final PlanCatalogue plans;
    private final Clock clock;

    TenantViews(PartnerDirectory partners, TenantUpstreams upstreams, PlanCatalogue plans, Clock clock) {
        this.partners = partners;
        this.upstreams = upstreams;
        this.plans = plans;
        this.clock = clock;
    }

    TenantView view(Tenant tenant) {
        return views(List.of(tenant)).getFirst();
    }

    PageView<TenantView> views(PageView<Tenant> page) {
        return new PageView<>(views(page.items()), page.page(), page.size(), page.totalItems());
    }

    /** Views of many tenants, looking their partners and provisioning up in one go each. */
    List<TenantView> views(Collection<Tenant> tenants) {
        Map<String, TenantView.PartnerRef> refs = partners.refsOf(tenants.stream()
                .map(Tenant::getPartnerId).filter(Objects::nonNull).distinct().toList());
        Map<String, Map<String, TenantView.ProvisioningView>> states =
                upstreams.states(tenants.stream().map(Tenant::getSlug).toList());
        Instant now = clock.instant();
        return tenants.stream().map(tenant -> view(tenant,
                tenant.getPartnerId() == null ? null : refs.get(tenant.getPartnerId()),
                states.getOrDefault(tenant.getSlug(), Map.of()), now)).toList();
    }

    private TenantView view(Tenant tenant, TenantView.PartnerRef partner,
            Map<String, TenantView.ProvisioningView> provisioning, Instant now) {
        Money mrr = tenant.getStatus().billed() ? plans.mrr(tenant.getPlan(), tenant.getSeatCap())
                : Money.zero(plans.currency());
        return new TenantView(tenant.getId(), tenant.getSlug(), tenant.getName(), tenant.getStatus(),
                tenant.getPlan(), tenant.getSeatCap(), tenant.getDomains(), partner, tenant.getContactInfo(),
                tenant.getBillingInfo(), provisioning, tenant.getSuspendedReason(), tenant.getDeletedAt(),
                tenant.getPurgeAfter(), tenant.getCreatedAt(), tenant.getUpdatedAt(), mrr,
                tenant.allowedActions(now).stream().sorted(Comparator.comparing(TenantAction::wire)).toList(),
                tenant.getVersion() == null ? 0 : tenant.getVersion());
    }
}
