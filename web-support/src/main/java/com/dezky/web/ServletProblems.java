package com.dezky.web;

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
 * Problem documents written outside Spring MVC (security filter chains, body limits, the
 * firewall), as the same {@link ProblemDetail} and through the same message converter that MVC
 * uses, so that every error of a service has one shape.
 */
public class ServletProblems {

    private final JacksonJsonHttpMessageConverter converter;

    public ServletProblems(JsonMapper json) {
        this.converter = new JacksonJsonHttpMessageConverter(json);
    }

    public static ProblemDetail of(HttpStatus status, URI type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        return problem;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        if (problem.getInstance() == null) {
            problem.setInstance(URI.create(request.getRequestURI()));
        }
        response.setStatus(problem.getStatus());
        response.setHeader("Cache-Control", "no-store");
        converter.write(problem, MediaType.APPLICATION_PROBLEM_JSON, new ServletServerHttpResponse(response));
    }

    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, URI type,
            String detail) throws IOException {
        write(request, response, of(status, type, detail));
    }
}
