package com.dezky.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A browser without a browser: follows the sign-in dance by hand, keeps one cookie jar per
 * host, and checks every response from the gateway for leaked tokens (SECURITY.md T1).
 * {@code *.localhost} does not resolve on these machines, so requests go to 127.0.0.1 with
 * the Host header a browser would send.
 */
final class Browser {

    /** A JWT: two base64url JSON segments and a (possibly empty) signature. */
    static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{4,}\\.eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*");

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final Map<String, Map<String, String>> cookiesByHost = new HashMap<>();
    private final int gatewayPort;

    /** A browser of the default end-to-end stack. */
    Browser() {
        this(LocalStack.GATEWAY);
    }

    Browser(int gatewayPort) {
        this.gatewayPort = gatewayPort;
    }

    /** Signs in at the given public host with the dev identity provider; answers the session cookie. */
    String signIn(String host, String username) throws Exception {
        HttpResponse<String> page = get(host, "/");
        assertThat(page.statusCode()).isEqualTo(302);
        HttpResponse<String> toIdp = get(host, path(location(page)));
        assertThat(toIdp.statusCode()).isEqualTo(302);
        URI authorize = URI.create(location(toIdp));
        assertThat(authorize.getQuery()).contains("code_challenge_method=S256").contains("nonce=").contains("state=");

        HttpResponse<String> login = http.send(HttpRequest.newBuilder(authorize)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        URI callback = URI.create(location(login));
        assertThat(callback.getAuthority()).isEqualTo(host);

        HttpResponse<String> signedIn = get(host, path(callback.toString()));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        return sessionCookieValue(host);
    }

    HttpResponse<String> get(String host, String path, String... headers) throws Exception {
        return send(host, HttpRequest.newBuilder(gateway(path)).GET(), headers);
    }

    HttpResponse<String> post(String host, String path, String... headers) throws Exception {
        return send(host, HttpRequest.newBuilder(gateway(path)).POST(HttpRequest.BodyPublishers.noBody()), headers);
    }

    HttpResponse<String> send(String host, HttpRequest.Builder request, String... headers) throws Exception {
        request.header("Host", host).timeout(Duration.ofSeconds(20));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        Map<String, String> jar = cookiesByHost.getOrDefault(host, Map.of());
        if (!jar.isEmpty()) {
            request.header("Cookie", String.join("; ", jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertNoToken(response);
        remember(host, response);
        return response;
    }

    /** The jar of one host, to replay or forge cookies in tests. */
    Map<String, String> cookies(String host) {
        return cookiesByHost.computeIfAbsent(host, h -> new HashMap<>());
    }

    String sessionCookieValue(String host) {
        return cookies(host).entrySet().stream().filter(e -> e.getKey().startsWith("__Host-")).map(Map.Entry::getValue)
                .findFirst().orElseThrow();
    }

    List<String> setCookies(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie");
    }

    private void remember(String host, HttpResponse<String> response) {
        for (String setCookie : setCookies(response)) {
            String pair = setCookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            String name = pair.substring(0, eq).trim();
            String value = pair.substring(eq + 1).trim();
            boolean expired = setCookie.toLowerCase().contains("max-age=0") || value.isEmpty();
            if (expired) {
                cookies(host).remove(name);
            } else {
                cookies(host).put(name, value);
            }
        }
    }

    private static void assertNoToken(HttpResponse<String> response) {
        assertThat(JWT.matcher(response.body()).find()).as("JWT in body of %s", response.uri()).isFalse();
        response.headers().map().forEach((name, values) -> values.forEach(value ->
                assertThat(JWT.matcher(value).find()).as("JWT in header %s of %s", name, response.uri()).isFalse()));
    }

    static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElseThrow(() -> new AssertionError("no Location"));
    }

    /** The path and query of a URL (the gateway is always reached on 127.0.0.1). */
    static String path(String url) {
        URI uri = URI.create(url);
        return Optional.ofNullable(uri.getRawPath()).filter(p -> !p.isEmpty()).orElse("/")
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private URI gateway(String path) {
        return URI.create("http://127.0.0.1:" + gatewayPort + path);
    }
}
