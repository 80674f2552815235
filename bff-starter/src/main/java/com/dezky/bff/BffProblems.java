package com.dezky.bff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.http.server.ServletServerHttpResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The BFF's own errors, in one place: RFC 9457 problem documents with a stable type, as Spring's
 * {@link ProblemDetail}, written by the BFF's filters through the same message converter Spring
 * MVC uses, so they look exactly like the problems platform-api answers through the relay.
 */
final class BffProblems {

    private final JacksonJsonHttpMessageConverter converter;

    BffProblems(JsonMapper json) {
        this.converter = new JacksonJsonHttpMessageConverter(json);
    }

    static ProblemDetail problem(HttpServletRequest request, HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://dezky.com/problems/" + type));
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
            String detail) throws IOException {
        response.setStatus(status.value());
        response.setHeader("Cache-Control", "no-store");
        converter.write(problem(request, status, type, detail), MediaType.APPLICATION_PROBLEM_JSON,
                new ServletServerHttpResponse(response));
    }

    void unauthenticated(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated",
                "No signed-in session. Reload the page to sign in.");
    }
}
