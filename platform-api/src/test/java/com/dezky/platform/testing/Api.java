package com.dezky.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client of platform-api for tests: one bearer token, JSON in and out. */
public final class Api {

    private static final HttpClient http = HttpClient.newHttpClient();
    private static final JsonMapper json = JsonMapper.builder().build();

    private final int port;
    private final String token;

    Api(int port, String token) {
        this.port = port;
        this.token = token;
    }

    /** One answer: status, headers, and the body read as JSON (null when empty). */
    public record Response(int status, HttpResponse<String> raw, JsonNode body) {

        public Optional<String> header(String name) {
            return raw.headers().firstValue(name);
        }

        public String etag() {
            return header("ETag").orElseThrow(() -> new AssertionError("no ETag"));
        }

        public Response expect(int expected) {
            assertThat(status).as("status of %s %s: %s", raw.request().method(), raw.request().uri(), raw.body())
                    .isEqualTo(expected);
            return this;
        }

        public Response expectProblem(int expected, String type) {
            expect(expected);
            assertThat(header("Content-Type")).hasValue("application/problem+json");
            assertThat(body.get("type").asString()).isEqualTo("https://dezky.com/problems/" + type);
            return this;
        }
    }

    public Response get(String path) {
        return send(builder(path).GET());
    }

    public Response post(String path, Object body, String... headers) {
        HttpRequest.Builder request = builder(path).header("Content-Type", "application/json").POST(publisher(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    public Response patch(String path, Object body, String ifMatch) {
        HttpRequest.Builder request = builder(path).header("Content-Type", "application/merge-patch+json")
                .method("PATCH", publisher(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request);
    }

    public Response put(String path, Object body, String ifMatch) {
        HttpRequest.Builder request = builder(path).header("Content-Type", "application/json").PUT(publisher(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request);
    }

    public Response delete(String path) {
        return send(builder(path).DELETE());
    }

    public static JsonNode parse(String body) {
        return json.readTree(body);
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private static HttpRequest.BodyPublisher publisher(Object body) {
        if (body == null) {
            return HttpRequest.BodyPublishers.noBody();
        }
        return HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : json.writeValueAsString(body));
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body() == null || response.body().isBlank() ? null : json.readTree(response.body());
            return new Response(response.statusCode(), response, body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
