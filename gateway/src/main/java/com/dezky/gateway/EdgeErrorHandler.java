package com.dezky.gateway;

import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Every error the gateway itself answers (no route for the host, a service that does not answer)
 * as a problem document instead of Spring's default error JSON. Runs before Boot's handler.
 */
@Component
@Order(-2)
class EdgeErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(EdgeErrorHandler.class);

    private final EdgeProblems problems;

    EdgeErrorHandler(EdgeProblems problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        HttpStatusCode status = statusOf(error);
        String detail;
        if (status.value() == 404) {
            detail = "No such resource.";
        } else if (status.is4xxClientError()) {
            detail = error instanceof ResponseStatusException rse && rse.getReason() != null ? rse.getReason()
                    : HttpStatus.valueOf(status.value()).getReasonPhrase();
        } else {
            log.warn("Answering {} for {} {}: {}", status.value(), exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath(), error.toString());
            detail = "The service behind this address is not answering. Try again shortly.";
        }
        return problems.write(exchange, status, EdgeProblems.typeForStatus(status), detail);
    }

    private static HttpStatusCode statusOf(Throwable error) {
        if (error instanceof ResponseStatusException rse) {
            return rse.getStatusCode();
        }
        // Anything else is the service behind not answering (refused, reset): its gateway's fault to report.
        if (error instanceof TimeoutException || error.getCause() instanceof TimeoutException) {
            return HttpStatus.GATEWAY_TIMEOUT;
        }
        return HttpStatus.BAD_GATEWAY;
    }
}
