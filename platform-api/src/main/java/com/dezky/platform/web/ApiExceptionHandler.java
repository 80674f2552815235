package com.dezky.platform.web;

import com.dezky.upstream.UpstreamException;
import com.dezky.web.ProblemTypes;
import java.net.URI;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every error the API answers is a problem document with a stable type (R5), field errors
 * listed under {@code errors} (D3). Internals (class names, stack traces, parser messages)
 * never reach the client.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final URI ABOUT_BLANK = URI.create("about:blank");

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<Object> duplicate(DuplicateKeyException ex, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Something with the same unique value already exists.");
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.CONFLICT, request);
    }

    /** A concurrent write won the race between our If-Match check and our save. */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> lostUpdate(OptimisticLockingFailureException ex, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED,
                "Someone changed this since you loaded it. Reload and apply your change again.");
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.PRECONDITION_FAILED, request);
    }

    /**
     * An upstream said no or could not be reached during a synchronous call (an invite, a
     * deactivation). Unavailability is a 503 the client may retry; anything else a 502, since
     * the fault is between us and the upstream, not in the request.
     */
    @ExceptionHandler(UpstreamException.class)
    ResponseEntity<Object> upstream(UpstreamException ex, WebRequest request) {
        HttpStatus status = ex.is(UpstreamException.Kind.UNAVAILABLE) ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.BAD_GATEWAY;
        log.warn("Upstream call failed on {}: {}", request.getDescription(false), ex.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.upstream() + " could not complete the request ("
                + ex.kind().wire() + "). Nothing was changed here; try again later.");
        problem.setType(ProblemTypes.UPSTREAM_UNAVAILABLE);
        problem.setProperty("upstream", ex.upstream());
        return handleExceptionInternal(ex, problem, new HttpHeaders(), status, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
        log.error("Unhandled error on {}", request.getDescription(false), ex);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The server could not complete the request. It has been logged.");
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<ApiProblem.FieldError> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> new ApiProblem.FieldError(error.getField(), error.getDefaultMessage()))
                .toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request has invalid fields.");
        problem.setProperty("errors", errors);
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** A query parameter or path variable that does not convert, e.g. {@code ?status=gone}: named, with what it takes. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : ex.getPropertyName();
        Throwable cause = ex.getMostSpecificCause();
        String message = cause instanceof IllegalArgumentException && cause.getMessage() != null
                && cause.getMessage().startsWith("must be ") ? cause.getMessage() : "has a value of the wrong type";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request has invalid parameters.");
        problem.setProperty("errors", List.of(new ApiProblem.FieldError(field, message)));
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<ApiProblem.FieldError> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> new ApiProblem.FieldError(
                        result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request has invalid parameters.");
        problem.setProperty("errors", errors);
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /**
     * Unreadable bodies: not JSON, an unknown field, or a value of the wrong type. Binding is
     * strict (see JsonBindingConfig), so a number where a string belongs is refused, naming the
     * field, rather than stored as its text.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = ex.getMostSpecificCause();
        ProblemDetail problem;
        if (cause instanceof UnrecognizedPropertyException unknown) {
            problem = withField("Unknown field '" + unknown.getPropertyName() + "'.", path(unknown),
                    "is not a known field");
        } else if (cause instanceof MismatchedInputException mismatch && !path(mismatch).isEmpty()) {
            String field = path(mismatch);
            problem = withField("Field '" + field + "' has a value of the wrong type or format.", field,
                    mismatch.getTargetType() == null ? "has a value of the wrong type"
                            : "must be " + MergePatch.describe(mismatch.getTargetType(), null));
        } else {
            problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, cause instanceof JacksonException
                    ? "The body is not valid JSON for this request." : "The request body is missing or unreadable.");
        }
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    private static ProblemDetail withField(String detail, String field, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setProperty("errors", List.of(new ApiProblem.FieldError(field, message)));
        return problem;
    }

    /** The JSON path of the offending value: {@code contactInfo.email}, {@code domains[2]}. */
    private static String path(DatabindException e) {
        StringBuilder path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        // Spring builds the problem inside super when body is null, so the type is set afterwards.
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem
                && (problem.getType() == null || ABOUT_BLANK.equals(problem.getType()))) {
            problem.setType(ProblemTypes.forStatus(statusCode));
        }
        return response;
    }
}
