package com.dezky.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A servlet service with this module, on real Tomcat: every error, whichever layer answers it
 * (Spring MVC, a filter's sendError, the Spring Security firewall, Tomcat's request parser), is
 * an RFC 9457 problem document of the type for its status.
 */
@SpringBootTest(classes = ProblemsEverywhereTest.Service.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProblemsEverywhereTest {

    static final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @SpringBootApplication
    @RestController
    static class Service {

        @GetMapping("/hello")
        String hello() {
            return "hello";
        }

        @PostMapping("/echo")
        String echo(@RequestBody String body) {
            return "read " + body.length();
        }

        @GetMapping("/refused")
        void refused(HttpServletResponse response) throws IOException {
            response.sendError(403, "internal detail that must not leak");
        }

        @Bean
        SecurityFilterChain open(HttpSecurity http) throws Exception {
            // A bearer-token API like platform-api: no cookies, so no CSRF tokens.
            return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                    .csrf(csrf -> csrf.disable()).build();
        }
    }

    @Test
    void unknownPathIsANotFoundProblem() throws Exception {
        HttpResponse<String> response = get("/nothing-here");

        assertThat(response.statusCode()).isEqualTo(404);
        assertProblem(response.headers().firstValue("Content-Type").orElse(""), response.body(), "not-found");
    }

    @Test
    void sendErrorOfAFilterOrHandlerIsAProblemWithoutItsMessage() throws Exception {
        HttpResponse<String> response = get("/refused");

        assertThat(response.statusCode()).isEqualTo(403);
        assertProblem(response.headers().firstValue("Content-Type").orElse(""), response.body(), "forbidden");
        assertThat(response.body()).doesNotContain("internal detail");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/hello;jsessionid=1", "/hello/%2e%2e/x", "/a%2Fb", "/a//b"})
    void pathsTheFirewallRejectsAreInvalidRequestProblems(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).isEqualTo(400);
        assertProblem(response.headers().firstValue("Content-Type").orElse(""), response.body(), "invalid-request");
    }

    @ParameterizedTest
    @ValueSource(strings = {"q=%00", "action=%00x", "plan=%ff", "status=%C3%28", "sort=%ff%fe"})
    void queryStringsThatAreNotTextAreInvalidRequestProblems(String query) throws Exception {
        HttpResponse<String> response = get("/hello?" + query);

        assertThat(response.statusCode()).isEqualTo(400);
        assertProblem(response.headers().firstValue("Content-Type").orElse(""), response.body(), "invalid-request");
    }

    @ParameterizedTest
    @ValueSource(strings = {"q=%", "q=%zz", "q=a%0"})
    void malformedEscapesInTheQueryAreInvalidRequestProblems(String query) throws Exception {
        String raw = raw("GET /hello?" + query + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(raw).startsWith("HTTP/1.1 400");
        assertThat(raw).containsIgnoringCase("Content-Type: application/problem+json");
    }

    @Test
    void aBodyOverTheLimitIsAPayloadTooLargeProblemWhetherItsLengthIsDeclaredOrNot() throws Exception {
        byte[] body = "x".repeat(1024 * 1024).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> declared = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/echo"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).header("Content-Type", "text/plain").build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> chunked = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/echo"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
                .header("Content-Type", "text/plain").build(), HttpResponse.BodyHandlers.ofString());

        for (HttpResponse<String> response : java.util.List.of(declared, chunked)) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
            assertProblem(response.headers().firstValue("Content-Type").orElse(""), response.body(), "payload-too-large");
        }
        assertThat(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/echo"))
                        .POST(HttpRequest.BodyPublishers.ofString("small")).header("Content-Type", "text/plain").build(),
                HttpResponse.BodyHandlers.ofString()).body()).isEqualTo("read 5");
    }

    @Test
    void textQueryStringsPass() throws Exception {
        assertThat(get("/hello?q=J%C3%BCrgen+M%C3%BCller&sort=-name").statusCode()).isEqualTo(200);
    }

    @Test
    void requestLinesTomcatRefusesAreProblemsNotItsHtmlReport() throws Exception {
        String raw = raw("GET /a{b}|c HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(raw).startsWith("HTTP/1.1 400");
        assertThat(raw).containsIgnoringCase("Content-Type: application/problem+json").doesNotContain("<html");
        assertThat(raw).contains("https://dezky.com/problems/invalid-request");
    }

    @Test
    void headersTooLargeAreAProblem() throws Exception {
        String raw = raw("GET /hello HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "x".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n");

        assertThat(raw).startsWith("HTTP/1.1 400");
        assertThat(raw).containsIgnoringCase("Content-Type: application/problem+json").doesNotContain("<html");
    }

    private static void assertProblem(String contentType, String body, String type) {
        assertThat(contentType).startsWith("application/problem+json");
        assertThat(body).contains("\"type\":\"https://dezky.com/problems/" + type + "\"");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
