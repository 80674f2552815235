/** The caller's own record and tenants: the customer portal's home. */
@ApplicationModule(allowedDependencies = {"user", "membership", "tenant", "security"})
package com.dezky.platform.me;

import org.springframework.modulith.ApplicationModule;
