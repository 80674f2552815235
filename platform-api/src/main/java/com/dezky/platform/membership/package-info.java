/**
 * Who belongs to which tenant: the tenants named by a caller's identity-provider groups
 * ({@code dezky-tenant-<slug>}, {@code -admins}), plus memberships written by platform-api itself.
 */
@ApplicationModule(allowedDependencies = {"security", "tenant"})
package com.dezky.platform.membership;

import org.springframework.modulith.ApplicationModule;
