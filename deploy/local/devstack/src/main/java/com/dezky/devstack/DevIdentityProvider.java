package com.dezky.devstack;

import com.dezky.model.json.CanonicalJson;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import com.dezky.sandbox.DirectoryEntry;
import java.util.stream.Collectors;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.NettyWrapper;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequest;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequestHandler;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.Route;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.OAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;
import okhttp3.Headers;

/**
 * The dev OIDC provider: mock-oauth2-server with the issuers {@code dezky-operator} and
 * {@code dezky-portal}, an interactive login page, and claims derived from the username by
 * {@link DevUsers}. Whatever claims a login form posts are replaced, so only documented users
 * exist. A user of the Authentik sandbox (an invited operator or member) signs in with the
 * subject and groups the sandbox has for them, as with the real Authentik; a deactivated one
 * cannot sign in. It checks no password: it is a local sandbox, never a real sign-in.
 */
final class DevIdentityProvider implements DevstackService {

    /**
     * An audience only its access tokens carry (its ID tokens name just the client), by which
     * platform-api tells an ID token presented as a bearer token apart: mock-oauth2-server gives
     * both the same claims and type.
     */
    static final String ACCESS_TOKEN_AUDIENCE = "dezky-platform-api";

    /** Short enough that the BFFs' refresh path runs in everyday local use. */
    static final Duration TOKEN_LIFETIME = Duration.ofMinutes(10);

    private final int port;
    private final DevUsers users;
    private final Function<String, Optional<DirectoryEntry>> directory;
    private NettyWrapper server;
    private Path loginPage;

    DevIdentityProvider(int port, DevUsers users, Function<String, Optional<DirectoryEntry>> directory) {
        this.port = port;
        this.users = users;
        this.directory = directory;
    }

    @Override
    public String name() {
        return "oidc";
    }

    @Override
    public void start() throws IOException {
        loginPage = Files.createTempFile("dezky-dev-login", ".html");
        Files.writeString(loginPage, loginPageHtml());
        Set<OAuth2TokenCallback> callbacks = DevUsers.ISSUERS.stream()
                // Access tokens for the issuer's client and, marking them as access tokens, platform-api.
                .map(issuer -> new DefaultOAuth2TokenCallback(issuer, "unknown", "JWT", List.of(issuer, ACCESS_TOKEN_AUDIENCE), Map.of(),
                        TOKEN_LIFETIME.toSeconds()))
                .collect(Collectors.toUnmodifiableSet());
        OAuth2Config config = new OAuth2Config(true, loginPage.toString(), null, false, new OAuth2TokenProvider(),
                callbacks);
        Route provider = new OAuth2HttpRequestHandler(config).getAuthorizationServer();
        server = new NettyWrapper();
        server.start(InetAddress.getLoopbackAddress(), port, request -> handle(provider, request));
    }

    OAuth2HttpResponse handle(Route provider, OAuth2HttpRequest request) {
        Optional<String> issuer = issuerOf(request);
        if (issuer.isEmpty() || !DevUsers.ISSUERS.contains(issuer.get())) {
            return new OAuth2HttpResponse(Headers.of("Content-Type", "text/plain"), 404,
                    "Unknown issuer. This dev identity provider serves /dezky-operator and /dezky-portal.", null);
        }
        if ("POST".equals(request.getMethod()) && request.getUrl().encodedPath().endsWith("/authorize")) {
            String username = formValue(request.getBody(), "username").map(String::strip).orElse("");
            if (directory.apply(username).map(entry -> !entry.active()).orElse(false)) {
                return new OAuth2HttpResponse(Headers.of("Content-Type", "text/plain"), 403,
                        username + " is deactivated in the Authentik sandbox and cannot sign in.", null);
            }
            return provider.invoke(withDerivedClaims(issuer.get(), request));
        }
        return provider.invoke(request);
    }

    /** Replaces the login form's body with the username and the claims {@link DevUsers} gives it. */
    private OAuth2HttpRequest withDerivedClaims(String issuer, OAuth2HttpRequest request) {
        String username = formValue(request.getBody(), "username").filter(u -> !u.isBlank()).orElse(null);
        if (username == null) {
            return request;
        }
        String normalized = username.strip().toLowerCase(java.util.Locale.ROOT);
        Map<String, Object> claims = new java.util.LinkedHashMap<>(users.claimsFor(issuer, username));
        Optional<DirectoryEntry> known = directory.apply(normalized);
        if (known.isPresent()) {
            // As authentik with sub_mode hashed_user_id: the subject is the user's uid, the groups its groups.
            claims.put("sub", known.get().uid());
            claims.put("name", known.get().name());
            java.util.Set<String> groups = new java.util.LinkedHashSet<>(DevUsers.groupsOf(claims));
            groups.addAll(known.get().groups());
            claims.put("groups", List.copyOf(groups));
        }
        String body = "username=" + encode(known.map(DirectoryEntry::uid).orElse(normalized))
                + "&claims=" + encode(CanonicalJson.write(claims));
        return new OAuth2HttpRequest(request.getHeaders(), request.getMethod(), request.getOriginalUrl(), body);
    }

    private static Optional<String> issuerOf(OAuth2HttpRequest request) {
        List<String> segments = request.getUrl().pathSegments();
        return segments.isEmpty() || segments.getFirst().isEmpty() ? Optional.empty()
                : Optional.of(segments.getFirst());
    }

    private static Optional<String> formValue(String body, String name) {
        if (body == null) {
            return Optional.empty();
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8).equals(name)) {
                return Optional.of(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private String loginPageHtml() throws IOException {
        String examples = users.examples().stream()
                .map(e -> "<li data-issuer=\"" + e.issuer() + "\"><button name=\"username\" value=\"" + e.username()
                        + "\">" + e.username() + "</button> <span>" + e.description() + " <em>(" + e.issuer()
                        + ")</em></span></li>")
                .collect(Collectors.joining("\n"));
        try (InputStream template = DevIdentityProvider.class.getResourceAsStream("/dev-login.html")) {
            return new String(template.readAllBytes(), StandardCharsets.UTF_8).replace("{{examples}}", examples);
        }
    }

    @Override
    public String describe() {
        return "http://localhost:" + port + "/{dezky-operator,dezky-portal}  (dev OIDC sandbox, no passwords)";
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop();
        }
        if (loginPage != null) {
            loginPage.toFile().delete();
        }
    }
}
