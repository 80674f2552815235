package com.dezky.platform;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The feature modules of platform-api: no module reaches into another's internals, and no two
 * depend on each other in a cycle. The module documentation (the canvas of each module and the
 * component diagrams) is written to docs/modules by the same run, so it never drifts.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(PlatformApiApplication.class);

    @Test
    void modulesDependOnlyOnEachOthersApisWithoutCycles() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES, System.getProperty("dezky.modules.docs", "target/spring-modulith-docs"))
                .writeDocumentation();
    }
}
