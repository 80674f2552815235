package com.dezky.devstack;

import java.nio.file.Path;
import java.util.Map;

/**
 * Ports and places of the local stack, from the environment ({@code deploy/local/up} sets them)
 * with defaults that match the services' own configuration.
 */
record DevstackSettings(int mongoPort, int oidcPort, int sandboxPort, Path dataDir) {

    static DevstackSettings from(Map<String, String> env) {
        return new DevstackSettings(
                Integer.parseInt(env.getOrDefault("DEZKY_MONGO_PORT", "27018")),
                Integer.parseInt(env.getOrDefault("DEZKY_OIDC_PORT", "9000")),
                Integer.parseInt(env.getOrDefault("DEZKY_SANDBOX_PORT", "9100")),
                Path.of(env.getOrDefault("DEZKY_DATA_DIR", "deploy/local/.data")).toAbsolutePath());
    }
}
