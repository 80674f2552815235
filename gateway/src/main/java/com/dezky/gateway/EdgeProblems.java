package com.dezky.gateway;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway's own answers, as RFC 9457 problem documents of the same shape and types as the
 * services behind it: whatever the edge refuses (a path not in canonical form, a body too large,
 * too many requests, an address not allowed, no route) is {@code application/problem+json}.
 */
@Component
class EdgeProblems {

    private final JsonMapper json;

    EdgeProblems(JsonMapper json) {
        this.json = json;
    }

    static URI type(String name) {
        return URI.create("https://dezky.com/problems/" + name);
    }

    /** The type for a status that no more specific problem describes, as the services name them. */
    static String typeForStatus(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "invalid-request";
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 413 -> "payload-too-large";
            case 414 -> "uri-too-long";
            case 429 -> "too-many-requests";
            default -> status.is5xxServerError() ? "upstream-unavailable" : "http-" + status.value();
        };
    }

    Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, String type, String detail) {
        return write(exchange, status, type, detail, Map.of());
    }

    Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, String type, String detail,
            Map<String, Object> properties) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type(type));
        problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
        properties.forEach(problem::setProperty);
        byte[] body = json.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8);
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().setContentLength(body.length);
        response.getHeaders().setCacheControl("no-store");
        DataBuffer buffer = response.bufferFactory().wrap(body);
        return response.writeWith(Mono.just(buffer));
    }
}
