package com.dezky.devstack;

import com.dezky.sandbox.DirectoryEntry;
import com.dezky.sandbox.UpstreamSandbox;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The sandboxes of Authentik, Stalwart and OCIS (WireMock, stateful), so that the local stack
 * provisions tenants end to end. They are sandboxes, not the real systems: nothing is sent
 * anywhere. What they hold is kept in the data directory, so that after a restart they hold what
 * platform-api provisioned into them, as the real systems would.
 */
final class SandboxUpstreams implements DevstackService {

    private final int port;
    private final Path stateFile;
    private UpstreamSandbox sandbox;

    SandboxUpstreams(int port, Path stateFile) {
        this.port = port;
        this.stateFile = stateFile;
    }

    @Override
    public String name() {
        return "sandbox upstreams";
    }

    @Override
    public void start() {
        sandbox = new UpstreamSandbox(port).persistingTo(stateFile).start();
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
