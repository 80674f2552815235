package com.dezky.bff;

import java.net.ConnectException;
import java.net.URI;
import org.springframework.cloud.gateway.server.mvc.common.MvcUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.servlet.function.HandlerFilterFunction;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The relay's two ends around Spring Cloud Gateway's retry: {@link #refusals()} sits next to the
 * call and turns a refused connection — and only that: nothing of the call reached platform-api —
 * into {@link Refused}, the one exception the retry is configured for; {@link #unavailable()} sits
 * outside it and answers 503 with a problem when every replica refused, instead of a 500.
 */
final class ReplicaFailover {

    /** A replica refused the connection; the call can go to another as it is. */
    static final class Refused extends RuntimeException {
        Refused(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }

    private ReplicaFailover() {
    }

    /** Also tells {@code replicas} which one refused, so that the next choice leaves it out. */
    static HandlerFilterFunction<ServerResponse, ServerResponse> refusals(ApiReplicas replicas) {
        return (request, next) -> {
            try {
                return next.handle(request);
            } catch (ResourceAccessException e) {
                if (e.getCause() instanceof ConnectException) {
                    request.attribute(MvcUtils.GATEWAY_REQUEST_URL_ATTR).map(URI.class::cast).ifPresent(replicas::refused);
                    throw new Refused(e);
                }
                throw e;
            }
        };
    }

    static HandlerFilterFunction<ServerResponse, ServerResponse> unavailable() {
        return (ServerRequest request, HandlerFunction<ServerResponse> next) -> {
            try {
                return next.handle(request);
            } catch (Exception e) {
                if (!refused(e)) {
                    throw e;
                }
                return ServerResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
                        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .header(HttpHeaders.RETRY_AFTER, "5")
                        .body(BffProblems.problem(request.servletRequest(), HttpStatus.SERVICE_UNAVAILABLE,
                                "platform-api-unavailable", "The platform API cannot be reached. Try again shortly."));
            }
        };
    }

    private static boolean refused(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof Refused) {
                return true;
            }
        }
        return false;
    }
}
