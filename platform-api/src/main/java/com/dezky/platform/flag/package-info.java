/**
 * Feature flags: their rules, the exact impact of a change on the tenants, evaluation for one
 * tenant, and the OpenFeature Remote Evaluation Protocol (OFREP). Publishes a
 * {@link com.dezky.platform.flag.FlagChanged} for every change.
 */
@ApplicationModule(allowedDependencies = {"tenant", "access", "audit", "security", "web", "store"})
package com.dezky.platform.flag;

import org.springframework.modulith.ApplicationModule;
