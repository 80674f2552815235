package com.dezky.platform.testing;

import com.dezky.sandbox.UpstreamSandbox;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of API tests that need the upstreams: provisioning on, every upstream pointed at one
 * shared sandbox (WireMock, stateful), and a deletion grace period of zero so that purges can
 * be run at once. All subclasses share one application context.
 */
public abstract class SandboxApiTest extends ApiTestSupport {

    protected static final UpstreamSandbox sandbox = new UpstreamSandbox(0).start();

    @DynamicPropertySource
    static void environment(DynamicPropertyRegistry registry) {
        registerWithSandbox(registry, "sandboxed", sandbox);
        registry.add("dezky.tenants.deletion-grace-period", () -> "0s");
    }
}
