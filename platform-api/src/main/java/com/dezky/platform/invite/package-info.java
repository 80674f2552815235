/**
 * Inviting people into authentik: operators into {@code dezky-platform-admins}, members into a
 * tenant's group, within the tenant's seat cap, with a recovery link or a temporary password.
 */
@ApplicationModule(allowedDependencies = {"tenant", "user", "security", "web"})
package com.dezky.platform.invite;

import org.springframework.modulith.ApplicationModule;
