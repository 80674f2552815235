package com.dezky.devstack;

import com.dezky.sandbox.DirectoryEntry;
import com.dezky.sandbox.UpstreamSandbox;
import java.util.Optional;

/**
 * The sandboxes of Authentik, Stalwart and OCIS (WireMock, stateful, in memory), so that the
 * local stack provisions tenants end to end. They are sandboxes, not the real systems: nothing
 * is sent anywhere, and state is forgotten when devstack stops (platform-api reconciles the
 * demo tenants again at its start).
 */
final class SandboxUpstreams implements DevstackService {

    private final int port;
    private UpstreamSandbox sandbox;

    SandboxUpstreams(int port) {
        this.port = port;
    }

    @Override
    public String name() {
        return "sandbox upstreams";
    }

    @Override
    public void start() {
        sandbox = new UpstreamSandbox(port).start();
    }

    /** The Authentik sandbox's user with this email, once started. */
    Optional<DirectoryEntry> directoryEntry(String email) {
        return sandbox == null ? Optional.empty() : sandbox.directoryEntry(email);
    }

    @Override
    public String describe() {
        return "SANDBOX (not the real systems) Authentik " + sandbox.baseUrl("authentik") + ", Stalwart "
                + sandbox.baseUrl("stalwart") + ", OCIS " + sandbox.baseUrl("ocis") + "/graph; faults and state: "
                + "http://127.0.0.1:" + port + "/_sandbox";
    }

    @Override
    public void close() {
        if (sandbox != null) {
            sandbox.close();
        }
    }
}
