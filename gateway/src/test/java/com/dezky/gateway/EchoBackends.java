package com.dezky.gateway;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The three services behind the gateway, played by backends that answer with their name, the
 * path, how many body bytes arrived and every header they received; and a client that sends to
 * the gateway with any Host.
 */
final class EchoBackends implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final Map<String, HttpServer> backends = Map.of(
            "operator-bff", echo("operator-bff"),
            "portal-bff", echo("portal-bff"),
            "platform-api", echo("platform-api"));

    /** Routes the gateway to these backends. */
    void register(DynamicPropertyRegistry registry) {
        registry.add("DEZKY_OPERATOR_BFF_URI", () -> uri("operator-bff"));
        registry.add("DEZKY_PORTAL_BFF_URI", () -> uri("portal-bff"));
        registry.add("DEZKY_PLATFORM_API_URI", () -> uri("platform-api"));
    }

    @Override
    public void close() {
        backends.values().forEach(server -> server.stop(0));
    }

    /** Sends over HTTP/1.1, as browsers reach the gateway here; connections are kept alive. */
    static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        HttpRequest built = request.build();
        return HTTP.send(built.bodyPublisher().isPresent() ? built : request.GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpRequest.Builder to(int port, String host, String path) {
        // A request that never gets an answer fails its test rather than stalling the build.
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Host", host)
                .timeout(Duration.ofSeconds(30));
    }

    private String uri(String service) {
        return "http://127.0.0.1:" + backends.get(service).getAddress().getPort();
    }

    static HttpServer echo(String service) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> {
                String headers = exchange.getRequestHeaders().entrySet().stream()
                        .map(h -> h.getKey().toLowerCase() + "=" + String.join(",", h.getValue()))
                        .collect(Collectors.joining("\n"));
                int received = exchange.getRequestBody().readAllBytes().length;
                byte[] body = ("service=" + service + "\npath=" + exchange.getRequestURI().getPath() + "\nreceived="
                        + received + "\n" + headers).getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return server;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
