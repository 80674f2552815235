package com.dezky.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Seals audit events (HMAC-SHA-256 over their canonical content, under a key id) and signs
 * checkpoints (Ed25519 over sequence number, head hash and time). Checked at startup: a chain key
 * shorter than 32 bytes, or a checkpoint key pair whose halves do not belong together, stops the
 * application rather than writing a trail nobody can verify.
 */
@Component
@EnableConfigurationProperties(AuditProperties.class)
class AuditKeys {

    private static final int MIN_CHAIN_KEY_BYTES = 32;

    private final String chainKeyId;
    private final Map<String, byte[]> chainKeys = new HashMap<>();
    private final String checkpointKeyId;
    private final PrivateKey checkpointSigningKey;
    private final Map<String, PublicKey> checkpointKeys = new HashMap<>();

    AuditKeys(AuditProperties properties) {
        chainKeyId = properties.chainKey().id();
        chainKeys.put(chainKeyId, chainSecret(chainKeyId, properties.chainKey().secret()));
        for (String retired : properties.retiredChainKeys()) {
            String[] idAndSecret = retired.split(":", 2);
            chainKeys.putIfAbsent(idAndSecret[0], chainSecret(idAndSecret[0], idAndSecret[1]));
        }
        checkpointKeyId = properties.checkpointKey().id();
        try {
            KeyFactory ed25519 = KeyFactory.getInstance("Ed25519");
            checkpointSigningKey = ed25519.generatePrivate(new PKCS8EncodedKeySpec(
                    Base64.getDecoder().decode(properties.checkpointKey().privateKey())));
            checkpointKeys.put(checkpointKeyId, ed25519.generatePublic(new X509EncodedKeySpec(
                    Base64.getDecoder().decode(properties.checkpointKey().publicKey()))));
            for (String retired : properties.retiredCheckpointKeys()) {
                String[] idAndKey = retired.split(":", 2);
                checkpointKeys.putIfAbsent(idAndKey[0], ed25519.generatePublic(new X509EncodedKeySpec(
                        Base64.getDecoder().decode(idAndKey[1]))));
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("dezky.audit.checkpoint-key is not a valid Ed25519 key pair (base64 "
                    + "PKCS#8 and X.509): " + e.getMessage(), e);
        }
        if (!verifies(checkpointKeyId, "probe".getBytes(StandardCharsets.UTF_8),
                sign("probe".getBytes(StandardCharsets.UTF_8)))) {
            throw new IllegalStateException("dezky.audit.checkpoint-key: the public key is not the private key's");
        }
    }

    private static byte[] chainSecret(String id, String base64) {
        byte[] secret;
        try {
            secret = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Audit chain key " + id + " is not base64", e);
        }
        if (secret.length < MIN_CHAIN_KEY_BYTES) {
            throw new IllegalStateException("Audit chain key " + id + " has " + secret.length + " bytes; at least "
                    + MIN_CHAIN_KEY_BYTES + " random bytes are needed");
        }
        return secret;
    }

    String chainKeyId() {
        return chainKeyId;
    }

    String checkpointKeyId() {
        return checkpointKeyId;
    }

    /** The seal of content under the current chain key, hex. */
    String seal(String content) {
        return seal(chainKeyId, content);
    }

    /**
     * Whether the hash is the content's seal under the named key; events written before the
     * chain was keyed ({@code keyId} null) carry a plain SHA-256.
     */
    boolean isSeal(String keyId, String content, String hash) {
        if (hash == null) {
            return false;
        }
        String expected = keyId == null ? sha256(content) : chainKeys.containsKey(keyId) ? seal(keyId, content) : null;
        return expected != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                hash.getBytes(StandardCharsets.US_ASCII));
    }

    boolean knowsChainKey(String keyId) {
        return chainKeys.containsKey(keyId);
    }

    private String seal(String keyId, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(chainKeys.get(keyId), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A signature of the message with the current checkpoint key, base64. */
    String sign(byte[] message) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(checkpointSigningKey);
            signature.update(message);
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the signature is the named checkpoint key's over the message. */
    boolean verifies(String keyId, byte[] message, String signature) {
        PublicKey key = keyId == null ? null : checkpointKeys.get(keyId);
        if (key == null || signature == null) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(message);
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
