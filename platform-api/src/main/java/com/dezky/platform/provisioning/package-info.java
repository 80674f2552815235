/**
 * Provisioning: each tenant's objects in Authentik, Stalwart and OCIS, brought in line with the
 * tenant in the background whenever it changes (reacting to {@code TenantChanged}), on request,
 * and retried when they fail. One runner at a time per tenant and integration (a lease), so
 * nothing is ever created twice. Tells the tenant module its integrations' states.
 */
@ApplicationModule(allowedDependencies = {"tenant", "user", "membership", "audit", "store"})
package com.dezky.platform.provisioning;

import org.springframework.modulith.ApplicationModule;
