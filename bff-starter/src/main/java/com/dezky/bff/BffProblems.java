package com.dezky.bff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/** RFC 9457 problem documents written by the BFF's filters, before Spring MVC is reached. */
final class BffProblems {

    private final JsonMapper json;

    BffProblems(JsonMapper json) {
        this.json = json;
    }

    static Map<String, Object> problem(HttpServletRequest request, HttpStatus status, String type, String detail) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "https://dezky.com/problems/" + type);
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        return problem;
    }

    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
            String detail) throws IOException {
        Map<String, Object> problem = problem(request, status, type, detail);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setHeader("Cache-Control", "no-store");
        json.writeValue(response.getOutputStream(), problem);
    }

    void unauthenticated(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated",
                "No signed-in session. Reload the page to sign in.");
    }
}
