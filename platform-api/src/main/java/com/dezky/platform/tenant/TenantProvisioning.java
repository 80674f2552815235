package com.dezky.platform.tenant;

import com.dezky.model.tenant.TenantView;
import java.util.Collection;
import java.util.Map;

/** What the tenant feature needs from provisioning (implemented by the provisioning feature). */
public interface TenantProvisioning {

    /** Each tenant's state per integration, by slug; tenants without any are absent. */
    Map<String, Map<String, TenantView.ProvisioningView>> states(Collection<String> slugs);

    /** Brings the tenant's upstream objects in line with its status, in the background. */
    void reconcileLater(String slug);

    /** Removes the tenant's upstream objects now; true when none is left. */
    boolean purge(Tenant tenant);
}
