package com.dezky.devstack;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/**
 * Ports and places of the local stack, from the environment ({@code deploy/local/env.sh} sets
 * them) with defaults that match the services' own configuration.
 */
record DevstackSettings(int mongoPort, int oidcPort, int sandboxPort, Path dataDir, URI operatorIssuer,
        URI platformApi) {

    static DevstackSettings from(Map<String, String> env) {
        int oidcPort = Integer.parseInt(env.getOrDefault("DEZKY_OIDC_PORT", "9000"));
        return new DevstackSettings(
                Integer.parseInt(env.getOrDefault("DEZKY_MONGO_PORT", "27018")),
                oidcPort,
                Integer.parseInt(env.getOrDefault("DEZKY_SANDBOX_PORT", "9100")),
                Path.of(env.getOrDefault("DEZKY_DATA_DIR", "deploy/local/.data")).toAbsolutePath(),
                URI.create(env.getOrDefault("DEZKY_OPERATOR_ISSUER", "http://localhost:" + oidcPort + "/dezky-operator")),
                // Its first replica, when it runs more than one.
                URI.create(env.getOrDefault("DEZKY_PLATFORM_API_URI", "http://127.0.0.1:8083").split(",")[0]));
    }
}
