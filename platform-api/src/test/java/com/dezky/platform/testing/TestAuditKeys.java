package com.dezky.platform.testing;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.function.BiConsumer;

/** Audit chain keys made for this test JVM, as a deployment sets them from its secrets. */
public final class TestAuditKeys {

    private static final Map<String, String> PROPERTIES = generate();

    private TestAuditKeys() {
    }

    /** Each {@code dezky.audit.*} key property and its value. */
    public static void each(BiConsumer<String, String> property) {
        PROPERTIES.forEach(property);
    }

    private static Map<String, String> generate() {
        try {
            byte[] chain = new byte[32];
            new SecureRandom().nextBytes(chain);
            KeyPair checkpoint = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            Base64.Encoder base64 = Base64.getEncoder();
            return Map.of("dezky.audit.chain-key.id", "test-1",
                    "dezky.audit.chain-key.secret", base64.encodeToString(chain),
                    "dezky.audit.checkpoint-key.id", "test-1",
                    "dezky.audit.checkpoint-key.private-key", base64.encodeToString(checkpoint.getPrivate().getEncoded()),
                    "dezky.audit.checkpoint-key.public-key", base64.encodeToString(checkpoint.getPublic().getEncoded()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
