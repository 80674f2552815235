package com.dezky.platform.tenant;

import com.dezky.model.tenant.TenantView;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** What the tenant module needs of its tenants' upstream objects; implemented by provisioning. */
public interface TenantUpstreams {

    /** Whether tenants are provisioned at all in this deployment. */
    boolean enabled();

    /** Each tenant's state per integration, by slug; tenants without any are absent. */
    Map<String, Map<String, TenantView.ProvisioningView>> states(Collection<String> slugs);

    /**
     * The tenant whose upstream object still carries this mail domain: the one that had it and has
     * not finished removing it, if any (its own tenant included).
     */
    Optional<String> holderOfDomain(String domain);

    /** Removes the tenant's upstream objects now; true when none is left. */
    boolean purge(Tenant tenant);
}
