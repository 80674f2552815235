/**
 * What a caller may do, decided in one place (SECURITY.md R3): the request rules of the one
 * security filter chain, each asking the {@link com.dezky.platform.access.AccessPolicy}, before
 * any request body is read or validated, and deny by default.
 */
@ApplicationModule(allowedDependencies = {"security", "membership", "web"})
package com.dezky.platform.access;

import org.springframework.modulith.ApplicationModule;
