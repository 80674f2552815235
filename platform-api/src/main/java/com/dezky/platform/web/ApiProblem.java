package com.dezky.platform.web;

import com.dezky.web.ProblemTypes;
import com.dezky.web.ServletProblems;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A domain error answered as a problem document (RFC 9457) with a stable type. Features throw
 * these; the exception handler renders them like Spring MVC's own errors.
 */
public final class ApiProblem extends ErrorResponseException {

    /** One rejected input field, as listed under {@code errors} of a 400 problem. */
    public record FieldError(String field, String message) {
    }

    private ApiProblem(HttpStatus status, URI type, String detail, Map<String, Object> properties) {
        super(status, problem(status, type, detail, properties), null);
    }

    private static ProblemDetail problem(HttpStatus status, URI type, String detail, Map<String, Object> properties) {
        ProblemDetail problem = ServletProblems.of(status, type, detail);
        properties.forEach(problem::setProperty);
        return problem;
    }

    public static ApiProblem notFound(String what) {
        return new ApiProblem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, what + " does not exist.", Map.of());
    }

    public static ApiProblem forbidden(String detail) {
        return new ApiProblem(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, detail, Map.of());
    }

    public static ApiProblem conflict(String detail) {
        return new ApiProblem(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, detail, Map.of());
    }

    public static ApiProblem conflict(String detail, String field) {
        return new ApiProblem(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, detail,
                Map.of("errors", List.of(new FieldError(field, detail))));
    }

    /** A conflict of its own kind, with facts the client can show (e.g. the seats in use). */
    public static ApiProblem conflict(URI type, String detail, Map<String, Object> facts) {
        return new ApiProblem(HttpStatus.CONFLICT, type, detail, facts);
    }

    /** A lifecycle action not allowed from the current state; lists what is allowed. */
    public static ApiProblem illegalTransition(String detail, List<String> allowedActions) {
        return new ApiProblem(HttpStatus.CONFLICT, ProblemTypes.ILLEGAL_TRANSITION, detail,
                Map.of("allowedActions", allowedActions));
    }

    public static ApiProblem invalid(List<FieldError> errors) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST,
                "The request has invalid fields.", Map.of("errors", errors));
    }

    public static ApiProblem invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    /** Well-formed, but refused by a rule of the domain (422), with the reason. */
    public static ApiProblem unprocessable(String field, String message) {
        return new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.INVALID_REQUEST, message,
                Map.of("errors", List.of(new FieldError(field, message))));
    }

    public static ApiProblem stale(String currentEtag) {
        return new ApiProblem(HttpStatus.PRECONDITION_FAILED, ProblemTypes.STALE,
                "Someone changed this since you loaded it. Reload and apply your change again.",
                Map.of("currentEtag", currentEtag));
    }

    /** An upstream (or provisioning as a whole) cannot do this now; nothing was changed. */
    public static ApiProblem unavailable(String detail) {
        return new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.UPSTREAM_UNAVAILABLE, detail, Map.of());
    }

    public static ApiProblem preconditionRequired() {
        return new ApiProblem(HttpStatus.PRECONDITION_REQUIRED, ProblemTypes.PRECONDITION_REQUIRED,
                "Send If-Match with the ETag you loaded, so that no one's change is overwritten.", Map.of());
    }
}
