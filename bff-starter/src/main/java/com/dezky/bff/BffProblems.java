package com.dezky.bff;

import com.dezky.web.ProblemTypes;
import com.dezky.web.ServletProblems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The BFF's own errors, in one place: RFC 9457 problem documents with a stable type, written
 * through the writer every Dezky service shares, so they look exactly like the problems
 * platform-api answers through the relay.
 */
final class BffProblems {

    private final ServletProblems problems;

    BffProblems(ServletProblems problems) {
        this.problems = problems;
    }

    static ProblemDetail problem(HttpServletRequest request, HttpStatus status, String type, String detail) {
        ProblemDetail problem = ServletProblems.of(status, ProblemTypes.of(type), detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
            String detail) throws IOException {
        problems.write(request, response, problem(request, status, type, detail));
    }

    void unauthenticated(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated",
                "No signed-in session. Reload the page to sign in.");
    }
}
