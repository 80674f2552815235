package com.dezky.platform.testing;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Two trusted issuers ({@code dezky-operator}, {@code dezky-portal}) and one untrusted one,
 * each with its own RSA key, publishing JWK sets over real HTTP on loopback. Tests sign any
 * token they need, including the malformed ones a resource server must refuse.
 */
public final class TestIssuers implements AutoCloseable {

    public static final String OPERATOR = "dezky-operator";
    public static final String PORTAL = "dezky-portal";
    public static final String UNTRUSTED = "evil";

    private static TestIssuers shared;

    private final HttpServer server;
    private final Map<String, RSAKey> keys;

    /** One set of issuers for the whole test JVM, so that Spring can reuse its test contexts. */
    public static synchronized TestIssuers shared() {
        if (shared == null) {
            shared = new TestIssuers();
        }
        return shared;
    }

    public TestIssuers() {
        try {
            keys = Map.of(
                    OPERATOR, new RSAKeyGenerator(2048).keyID("operator-" + UUID.randomUUID()).generate(),
                    PORTAL, new RSAKeyGenerator(2048).keyID("portal-" + UUID.randomUUID()).generate(),
                    UNTRUSTED, new RSAKeyGenerator(2048).keyID("evil-" + UUID.randomUUID()).generate());
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            keys.forEach((issuer, key) -> server.createContext("/" + issuer + "/jwks", exchange -> {
                byte[] body = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }));
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public String issuerUri(String issuer) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + issuer;
    }

    /** Points platform-api at the two trusted issuers (never at the untrusted one). */
    public void register(DynamicPropertyRegistry registry) {
        List<String> trusted = List.of(OPERATOR, PORTAL);
        for (int i = 0; i < trusted.size(); i++) {
            String issuer = trusted.get(i);
            registry.add("dezky.security.issuers[" + i + "].issuer-uri", () -> issuerUri(issuer));
            registry.add("dezky.security.issuers[" + i + "].jwk-set-uri", () -> issuerUri(issuer) + "/jwks");
            registry.add("dezky.security.issuers[" + i + "].audience", () -> issuer);
            registry.add("dezky.security.issuers[" + i + "].access-token-type", () -> accessTokenType(issuer));
            registry.add("dezky.security.issuers[" + i + "].access-token-claim", () -> OPERATOR.equals(issuer) ? "" : "uid");
            registry.add("dezky.security.issuers[" + i + "].access-token-audience", () -> "");
        }
    }

    /**
     * The operator issuer types its access tokens {@code at+jwt} (as RFC 9068 IdPs do); the portal
     * issuer marks them with a {@code uid} claim only they carry (as authentik), so both ways of
     * telling ID tokens apart are tested.
     */
    static String accessTokenType(String issuer) {
        return OPERATOR.equals(issuer) ? "at+jwt" : "";
    }

    /** An ID token of the issuer for the subject, as an OpenID provider signs it: typ JWT, nonce, no access token mark. */
    public String idToken(String issuer, String subject, UnaryOperator<JWTClaimsSet.Builder> customizer) {
        JWTClaimsSet claims = customizer.apply(claims(issuer, subject).claim("uid", null)
                .claim("nonce", UUID.randomUUID().toString()).claim("auth_time", Instant.now().getEpochSecond()))
                .build();
        return sign(keys.get(issuer), new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keys.get(issuer).getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
    }

    /** Claims of a well-formed access token for the issuer's own audience. */
    public JWTClaimsSet.Builder claims(String issuer, String subject) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(issuerUri(issuer))
                .subject(subject)
                .audience(issuer)
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                .jwtID(UUID.randomUUID().toString())
                .claim("email", subject + "@example.com")
                .claim("name", "Test " + subject)
                .claim("uid", UUID.randomUUID().toString())
                // As authentik after the operator flow's authenticator validation stage.
                .claim("amr", OPERATOR.equals(issuer) ? List.of("pwd", "mfa") : List.of("pwd"));
    }

    public String operatorAdmin(String subject) {
        return sign(OPERATOR, claims(OPERATOR, subject).claim("groups", List.of("dezky-platform-admins")).build());
    }

    public String operatorUser(String subject) {
        return sign(OPERATOR, claims(OPERATOR, subject).claim("groups", List.of("staff")).build());
    }

    public String portalAdmin(String subject) {
        return sign(PORTAL, claims(PORTAL, subject).claim("groups", List.of("dezky-platform-admins")).build());
    }

    public String token(String issuer, String subject, UnaryOperator<JWTClaimsSet.Builder> customizer) {
        return sign(issuer, customizer.apply(claims(issuer, subject)).build());
    }

    /** Signs an access token with the issuer's own key (RS256, its kid, its access token type). */
    public String sign(String issuer, JWTClaimsSet claims) {
        String type = accessTokenType(issuer);
        return sign(keys.get(issuer), new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keys.get(issuer).getKeyID())
                .type(type.isEmpty() ? JOSEObjectType.JWT : new JOSEObjectType(type)).build(), claims);
    }

    /** Signs with the issuer's own key and kid, with the given {@code typ}. */
    public String signTyped(String issuer, JOSEObjectType type, JWTClaimsSet claims) {
        return sign(keys.get(issuer), new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keys.get(issuer).getKeyID())
                .type(type).build(), claims);
    }

    public String sign(RSAKey key, JWSHeader header, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(header, claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An unsigned token ({@code alg=none}). */
    public String unsigned(JWTClaimsSet claims) {
        return new PlainJWT(claims).serialize();
    }

    /** HS256 with the issuer's public key as the shared secret: the classic algorithm confusion. */
    public String hmacWithPublicKey(String issuer, JWTClaimsSet claims) {
        try {
            byte[] secret = keys.get(issuer).toPublicJWK().toRSAPublicKey().getEncoded();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256)
                    .keyID(keys.get(issuer).getKeyID()).build(), claims);
            jwt.sign(new MACSigner(secret));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh key that no issuer publishes. */
    public static RSAKey foreignKey() {
        try {
            return new RSAKeyGenerator(2048).keyID("foreign").generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
