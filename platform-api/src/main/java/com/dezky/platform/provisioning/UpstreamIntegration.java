package com.dezky.platform.provisioning;

import com.dezky.platform.tenant.Tenant;
import java.util.List;
import java.util.Map;

/**
 * What a tenant gets in one upstream, made to match the tenant's status: every object found
 * or created under a deterministic name, and disabled while the tenant is suspended or deleted.
 * Both operations are idempotent, so a failed run is simply run again.
 */
interface UpstreamIntegration {

    /** The upstream's name, also the key of the tenant's provisioning state. */
    String name();

    boolean enabled();

    /**
     * Brings the upstream in line with the tenant, updating {@code externalIds} (known ids in,
     * current ids out), and answers what it changed, for the audit trail (empty if nothing).
     */
    List<String> converge(Tenant tenant, Map<String, String> externalIds);

    /** Removes everything the tenant has in the upstream, and answers what it removed. */
    List<String> purge(Tenant tenant, Map<String, String> externalIds);
}
