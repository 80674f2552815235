/** The plan catalogue, from configuration: what each seat costs on each plan. */
@ApplicationModule(allowedDependencies = {"web"})
package com.dezky.platform.plan;

import org.springframework.modulith.ApplicationModule;
