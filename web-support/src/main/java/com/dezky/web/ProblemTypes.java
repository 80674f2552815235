package com.dezky.web;

import java.net.URI;
import org.springframework.http.HttpStatusCode;

/**
 * Stable {@code type} URIs of the problem documents (RFC 9457) every Dezky service answers with,
 * so that a client tells errors apart by type whichever service (or the edge) answered.
 */
public final class ProblemTypes {

    public static final URI UNAUTHENTICATED = of("unauthenticated");
    public static final URI FORBIDDEN = of("forbidden");
    public static final URI NOT_FOUND = of("not-found");
    public static final URI INVALID_REQUEST = of("invalid-request");
    public static final URI METHOD_NOT_ALLOWED = of("method-not-allowed");
    public static final URI UNSUPPORTED_MEDIA_TYPE = of("unsupported-media-type");
    public static final URI NOT_ACCEPTABLE = of("not-acceptable");
    public static final URI CONFLICT = of("conflict");
    public static final URI ILLEGAL_TRANSITION = of("illegal-transition");
    public static final URI STALE = of("stale-write");
    public static final URI PRECONDITION_REQUIRED = of("precondition-required");
    public static final URI PAYLOAD_TOO_LARGE = of("payload-too-large");
    public static final URI URI_TOO_LONG = of("uri-too-long");
    public static final URI HEADERS_TOO_LARGE = of("headers-too-large");
    public static final URI TOO_MANY_REQUESTS = of("too-many-requests");
    public static final URI INTERNAL = of("internal-error");
    public static final URI UPSTREAM_UNAVAILABLE = of("upstream-unavailable");
    public static final URI SEAT_CAP_REACHED = of("seat-cap-reached");
    public static final URI SEAT_CAP_TOO_LOW = of("seat-cap-too-low");

    private ProblemTypes() {
    }

    public static URI of(String name) {
        return URI.create("https://dezky.com/problems/" + name);
    }

    /** The type for a status that no more specific problem describes. */
    public static URI forStatus(HttpStatusCode status) {
        return switch (status.value()) {
            case 400, 422 -> INVALID_REQUEST;
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 412 -> STALE;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 414 -> URI_TOO_LONG;
            case 429 -> TOO_MANY_REQUESTS;
            case 431 -> HEADERS_TOO_LARGE;
            case 428 -> PRECONDITION_REQUIRED;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            default -> status.is5xxServerError() ? INTERNAL : of("http-" + status.value());
        };
    }
}
