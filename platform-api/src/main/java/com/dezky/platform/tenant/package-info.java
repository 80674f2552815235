/**
 * Tenants: the registry of business customers, their lifecycle (pending → active ⇄ suspended,
 * deleted and restorable, then purged) and their plan and seats. Publishes a
 * {@link com.dezky.platform.tenant.TenantChanged} for every change. What it needs of partners,
 * provisioning and seat usage it asks through interfaces of its own
 * ({@link com.dezky.platform.tenant.PartnerDirectory}, {@link com.dezky.platform.tenant.TenantUpstreams},
 * {@link com.dezky.platform.tenant.SeatUsage}), implemented by those modules.
 */
@ApplicationModule(allowedDependencies = {"audit", "plan", "web", "store"})
package com.dezky.platform.tenant;

import org.springframework.modulith.ApplicationModule;
