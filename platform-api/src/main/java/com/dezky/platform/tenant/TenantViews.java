package com.dezky.platform.tenant;

import com.dezky.model.Money;
import com.dezky.model.tenant.TenantView;
import com.dezky.platform.plan.PlanCatalogue;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** Tenants as the API shows them, with their partner and what they are billed. */
@Component
public class TenantViews {

    private final PartnerDirectory partners;
    private final PlanCatalogue plans;
    private final Clock clock;

    TenantViews(PartnerDirectory partners, PlanCatalogue plans, Clock clock) {
        this.partners = partners;
        this.plans = plans;
        this.clock = clock;
    }

    public TenantView view(Tenant tenant) {
        return views(List.of(tenant)).getFirst();
    }

    /** Views of many tenants, looking their partners up in one go. */
    public List<TenantView> views(Collection<Tenant> tenants) {
        Map<String, TenantView.PartnerRef> refs = partners.refsOf(tenants.stream()
                .map(Tenant::getPartnerId).filter(Objects::nonNull).distinct().toList());
        Instant now = clock.instant();
        return tenants.stream().map(tenant -> view(tenant,
                tenant.getPartnerId() == null ? null : refs.get(tenant.getPartnerId()), now)).toList();
    }

    private TenantView view(Tenant tenant, TenantView.PartnerRef partner, Instant now) {
        Money mrr = tenant.getStatus().billed() ? plans.mrr(tenant.getPlan(), tenant.getSeatCap())
                : Money.zero(plans.currency());
        Map<String, TenantView.ProvisioningView> provisioning = new LinkedHashMap<>();
        tenant.getProvisioning().forEach((integration, state) -> provisioning.put(integration, state.toView()));
        return new TenantView(tenant.getId(), tenant.getSlug(), tenant.getName(), tenant.getStatus().wire(),
                tenant.getPlan(), tenant.getSeatCap(), tenant.getDomains(), partner, tenant.getContactInfo(),
                tenant.getBillingInfo(), provisioning, tenant.getSuspendedReason(), tenant.getDeletedAt(),
                tenant.getPurgeAfter(), tenant.getCreatedAt(), tenant.getUpdatedAt(), mrr,
                tenant.allowedActions(now).stream().map(TenantAction::wire).sorted().toList(),
                tenant.getVersion() == null ? 0 : tenant.getVersion());
    }
}
