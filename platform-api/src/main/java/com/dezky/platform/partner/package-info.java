/**
 * Partners: the resellers, their contract (margin, status) and their customers as counted from
 * the tenant registry. Publishes a {@link com.dezky.platform.partner.PartnerChanged} for every
 * change; tells the tenant module about partners through its PartnerDirectory.
 */
@ApplicationModule(allowedDependencies = {"tenant", "audit", "plan", "web", "store"})
package com.dezky.platform.partner;

import org.springframework.modulith.ApplicationModule;
