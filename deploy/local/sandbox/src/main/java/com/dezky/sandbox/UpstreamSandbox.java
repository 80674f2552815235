package com.dezky.sandbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sandboxes of Authentik, Stalwart and OCIS on one WireMock server, each under its own prefix
 * ({@code /authentik}, {@code /stalwart}, {@code /ocis}), stateful enough to provision tenants
 * end to end. Every answer carries {@code X-Dezky-Sandbox: true}.
 *
 * <p>Control, under {@code /_sandbox}: {@code GET /_sandbox} (state and faults),
 * {@code PUT /_sandbox/<upstream>/fault} with {@code {"mode": "error"|"delay"|"reset", "delayMs": 3000}},
 * {@code DELETE /_sandbox/<upstream>/fault}, {@code POST /_sandbox/reset} (forget everything).
 *
 * <p>With {@link #persistingTo}, what the sandboxes hold is written to a file after every change
 * and read back at start, so that a restarted local stack finds its tenants' groups, domains,
 * drives and users (and their subjects) where it left them, as it would with the real systems.
 */
public final class UpstreamSandbox implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(UpstreamSandbox.class);
    private static final String TRANSFORMER = "dezky-sandbox";

    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, SandboxUpstream> upstreams = new LinkedHashMap<>();
    private final Map<String, SandboxFault> faults = new ConcurrentHashMap<>();
    private final AuthentikSandbox authentik;
    private final WireMockServer server;
    private Path stateFile;

    public UpstreamSandbox(int port) {
        this(port, Clock.systemUTC());
    }

    public UpstreamSandbox(int port, Clock clock) {
        server = new WireMockServer(options().port(port).bindAddress("127.0.0.1")
                .containerThreads(64).maxRequestJournalEntries(2_000)
                .extensions(new Router()));
        authentik = new AuthentikSandbox(clock);
        List.of(authentik, new StalwartSandbox(clock), new OcisSandbox("http://files.localhost"))
                .forEach(upstream -> upstreams.put(upstream.name(), upstream));
    }

    /** Keeps the sandboxes' state in this file (created if missing), across restarts. */
    public UpstreamSandbox persistingTo(Path file) {
        this.stateFile = file;
        if (Files.exists(file)) {
            JsonNode state = json.readTree(file.toFile());
            upstreams.forEach((name, upstream) -> {
                if (state.has(name)) {
                    upstream.restore(state.get(name));
                }
            });
            log.info("SANDBOX state read from {}: {}", file, upstreams.keySet().stream()
                    .map(name -> name + " " + upstreams.get(name).counts()).toList());
        }
        return this;
    }

    public UpstreamSandbox start() {
        server.start();
        server.stubFor(any(urlPathMatching("/.*")).willReturn(aResponse().withTransformers(TRANSFORMER)));
        return this;
    }

    public int port() {
        return server.port();
    }

    /** Where an upstream's API root is: {@code http://127.0.0.1:<port>/<name>}. */
    public URI baseUrl(String upstream) {
        requireKnown(upstream);
        return URI.create("http://127.0.0.1:" + port() + "/" + upstream);
    }

    public void fault(String upstream, SandboxFault fault) {
        requireKnown(upstream);
        faults.put(upstream, fault);
        log.warn("SANDBOX {}: fault on: {}{}", upstream, fault.mode().wire(),
                fault.mode() == SandboxFault.Mode.DELAY ? " " + fault.delay().toMillis() + " ms" : "");
    }

    public void clearFault(String upstream) {
        if (faults.remove(upstream) != null) {
            log.info("SANDBOX {}: fault cleared", upstream);
        }
    }

    /** Gives the Authentik sandbox's brand a recovery flow (on) or none, as a fresh install (off). */
    public void authentikRecoveryFlow(boolean enabled) {
        authentik.recoveryFlow(enabled);
    }

    /** Forgets every object and fault. */
    public void reset() {
        faults.clear();
        upstreams.values().forEach(SandboxUpstream::reset);
        save();
    }

    /** Written to a file next to the state file and moved over it, so that a crash never leaves half a file. */
    private synchronized void save() {
        if (stateFile == null) {
            return;
        }
        Map<String, Object> state = new LinkedHashMap<>();
        // Turned into JSON under the upstream's own lock: a snapshot may share its maps with the
        // upstream, and a request served meanwhile must not change them while they are written.
        upstreams.forEach((name, upstream) -> {
            synchronized (upstream) {
                state.put(name, json.valueToTree(upstream.snapshot()));
            }
        });
        try {
            Path written = stateFile.resolveSibling(stateFile.getFileName() + ".tmp");
            Files.createDirectories(stateFile.toAbsolutePath().getParent());
            json.writeValue(written.toFile(), state);
            Files.move(written, stateFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log.warn("SANDBOX state could not be written to {}", stateFile, e);
        }
    }

    /** How many objects of each kind an upstream holds. */
    public Map<String, Integer> counts(String upstream) {
        requireKnown(upstream);
        return upstreams.get(upstream).counts();
    }

    /** The Authentik sandbox's user with this email, as an identity provider would see them. */
    public Optional<DirectoryEntry> directoryEntry(String email) {
        return authentik.findByEmail(email);
    }

    /** Every request the sandbox has served (newest first), for contract checks. */
    public List<ServeEvent> servedRequests() {
        return server.getAllServeEvents();
    }

    public void forgetServedRequests() {
        server.resetRequests();
    }

    @Override
    public void close() {
        server.stop();
    }

    private void requireKnown(String upstream) {
        if (!upstreams.containsKey(upstream)) {
            throw new IllegalArgumentException("No sandbox named " + upstream + "; known: " + upstreams.keySet());
        }
    }

    private final class Router implements ResponseDefinitionTransformerV2 {

        @Override
        public String getName() {
            return TRANSFORMER;
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            Request request = serveEvent.getRequest();
            String url = request.getUrl();
            String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
            String[] parts = path.split("/", 3);
            String prefix = parts.length > 1 ? parts[1] : "";
            String rest = parts.length > 2 ? "/" + parts[2] : "/";
            try {
                if (prefix.equals("_sandbox")) {
                    return respond(control(request.getMethod().getName(), rest, request.getBodyAsString()), null);
                }
                SandboxUpstream upstream = upstreams.get(prefix);
                if (upstream == null) {
                    return respond(SandboxResponse.of(404, Map.of("detail", "No sandbox upstream at /" + prefix)), null);
                }
                SandboxFault fault = faults.get(prefix);
                if (fault != null && fault.mode() == SandboxFault.Mode.RESET) {
                    return ResponseDefinitionBuilder.responseDefinition().withFault(Fault.CONNECTION_RESET_BY_PEER).build();
                }
                if (fault != null && fault.mode() == SandboxFault.Mode.ERROR) {
                    return respond(SandboxResponse.of(503, upstream.serverError()), null);
                }
                SandboxRequest sandboxRequest = new SandboxRequest(request.getMethod().getName(), rest, query(url),
                        request::getHeader, body(request.getBodyAsString()));
                SandboxResponse response;
                // The answer is made into JSON under the upstream's lock too: it may share maps and
                // lists with the upstream's state, which the next request may be changing.
                synchronized (upstream) {
                    SandboxResponse handled = upstream.handle(sandboxRequest);
                    response = handled.body() == null ? handled
                            : SandboxResponse.of(handled.status(), json.valueToTree(handled.body()));
                }
                if (!sandboxRequest.method().equals("GET")) {
                    save();
                }
                return respond(response, fault);
            } catch (RuntimeException e) {
                log.warn("SANDBOX could not handle {} {}", request.getMethod(), url, e);
                return respond(SandboxResponse.of(400, Map.of("detail", "Malformed request: " + e.getMessage())), null);
            }
        }

        private ResponseDefinition respond(SandboxResponse response, SandboxFault delay) {
            ResponseDefinitionBuilder builder = ResponseDefinitionBuilder.responseDefinition()
                    .withStatus(response.status())
                    .withHeader("X-Dezky-Sandbox", "true");
            if (response.body() != null) {
                builder.withHeader("Content-Type", "application/json").withBody(json.writeValueAsString(response.body()));
            }
            if (delay != null && delay.mode() == SandboxFault.Mode.DELAY) {
                builder.withFixedDelay((int) delay.delay().toMillis());
            }
            return builder.build();
        }
    }

    private SandboxResponse control(String method, String path, String body) {
        if (method.equals("GET") && path.equals("/")) {
            Map<String, Object> state = new LinkedHashMap<>();
            upstreams.forEach((name, upstream) -> {
                SandboxFault fault = faults.get(name);
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("baseUrl", baseUrl(name).toString());
                entry.put("objects", upstream.counts());
                entry.put("fault", fault == null ? null : Map.of("mode", fault.mode().wire(), "delayMs", fault.delay().toMillis()));
                state.put(name, entry);
            });
            return SandboxResponse.of(200, Map.of("sandbox", true, "upstreams", state));
        }
        if (method.equals("POST") && path.equals("/reset")) {
            reset();
            log.info("SANDBOX reset: every object and fault forgotten");
            return SandboxResponse.noContent();
        }
        String[] segments = path.split("/");
        if (segments.length == 3 && segments[2].equals("fault") && upstreams.containsKey(segments[1])) {
            if (method.equals("DELETE")) {
                clearFault(segments[1]);
                return SandboxResponse.noContent();
            }
            if (method.equals("PUT")) {
                JsonNode request = body(body);
                SandboxFault.Mode mode = SandboxFault.Mode.parse(request.path("mode").asString(""));
                long delayMs = request.path("delayMs").asLong(3_000);
                fault(segments[1], new SandboxFault(mode, Duration.ofMillis(delayMs)));
                return SandboxResponse.noContent();
            }
        }
        return SandboxResponse.of(404, Map.of("detail", "Sandbox control: GET /_sandbox, POST /_sandbox/reset, "
                + "PUT|DELETE /_sandbox/{authentik|stalwart|ocis}/fault"));
    }

    private JsonNode body(String body) {
        return body == null || body.isBlank() ? null : json.readTree(body);
    }

    private static Map<String, String> query(String url) {
        Map<String, String> query = new LinkedHashMap<>();
        int start = url.indexOf('?');
        if (start < 0) {
            return query;
        }
        for (String pair : url.substring(start + 1).split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            query.putIfAbsent(key, value);
        }
        return query;
    }
}
