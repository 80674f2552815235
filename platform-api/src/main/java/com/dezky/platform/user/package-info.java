/**
 * The people who use Dezky, identified by (issuer, subject): created at their first sign-in or
 * when invited, deactivated by operators, taken out of a tenant by its admins. Publishes a
 * {@link com.dezky.platform.user.UserChanged} for every change; tells the tenant module how many
 * seats a tenant uses.
 */
@ApplicationModule(allowedDependencies = {"tenant", "membership", "audit", "security", "web", "store"})
package com.dezky.platform.user;

import org.springframework.modulith.ApplicationModule;
