package com.dezky.platform.tenant;

import com.dezky.model.Money;
import com.dezky.model.tenant.TenantView;
import com.dezky.platform.plan.PlanCatalogue;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** Tenants as the API shows them, with their partner, what they are billed and their provisioning. */
@Component
public class TenantViews {

    private final PartnerDirectory partners;
    private final TenantProvisioning provisioning;
    private final PlanCatalogue plans;
    private final Clock clock;

    TenantViews(PartnerDirectory partners, TenantProvisioning provisioning, PlanCatalogue plans, Clock clock) {
        this.partners = partners;
        this.provisioning = provisioning;
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
        Map<String, Map<String, TenantView.ProvisioningView>> states =
                provisioning.states(tenants.stream().map(Tenant::getSlug).toList());
        Instant now = clock.instant();
        return tenants.stream().map(tenant -> view(tenant,
                tenant.getPartnerId() == null ? null : refs.get(tenant.getPartnerId()),
                states.getOrDefault(tenant.getSlug(), Map.of()), now)).toList();
    }

    private TenantView view(Tenant tenant, TenantView.PartnerRef partner,
            Map<String, TenantView.ProvisioningView> provisioning, Instant now) {
        Money mrr = tenant.getStatus().billed() ? plans.mrr(tenant.getPlan(), tenant.getSeatCap())
                : Money.zero(plans.currency());
        return new TenantView(tenant.getId(), tenant.getSlug(), tenant.getName(), tenant.getStatus().wire(),
                tenant.getPlan(), tenant.getSeatCap(), tenant.getDomains(), partner, tenant.getContactInfo(),
                tenant.getBillingInfo(), provisioning, tenant.getSuspendedReason(), tenant.getDeletedAt(),
                tenant.getPurgeAfter(), tenant.getCreatedAt(), tenant.getUpdatedAt(), mrr,
                tenant.allowedActions(now).stream().map(TenantAction::wire).sorted().toList(),
                tenant.getVersion() == null ? 0 : tenant.getVersion());
    }
}
