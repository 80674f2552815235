package com.dezky.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The error page as a problem document: whatever reached the servlet container's error handling
 * (a {@code sendError} of a filter, an exception outside Spring MVC) is answered as
 * {@code application/problem+json} with the type for its status, never as Boot's default error
 * JSON or an HTML page. The detail is the status's own sentence: an error message set deep in the
 * stack may name internals, so it is not passed on.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
public class ProblemErrorController implements ErrorController {

    @RequestMapping
    public ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        HttpStatus status = statusOf(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detailFor(status));
        problem.setType(ProblemTypes.forStatus(status));
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path && !path.isBlank()) {
            problem.setInstance(URI.create(path.replace(" ", "%20")));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header("Cache-Control", "no-store").body(problem);
    }

    static String detailFor(HttpStatus status) {
        return switch (status.value()) {
            case 400 -> "The request is malformed.";
            case 401 -> "Sign-in is required.";
            case 403 -> "This is not allowed.";
            case 404 -> "No such resource.";
            case 405 -> "This method is not allowed here.";
            case 413 -> "The request body is too large.";
            case 414 -> "The request URI is too long.";
            case 431 -> "The request headers are too large.";
            default -> status.is5xxServerError() ? "Something went wrong on our side. Try again shortly."
                    : status.getReasonPhrase() + ".";
        };
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
