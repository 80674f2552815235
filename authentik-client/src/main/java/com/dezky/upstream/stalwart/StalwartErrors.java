package com.dezky.upstream.stalwart;

import com.dezky.upstream.FeignClients;
import com.dezky.upstream.UpstreamException;
import com.dezky.upstream.UpstreamException.Kind;
import com.dezky.upstream.Upstreams;
import feign.Response;
import feign.codec.ErrorDecoder;
import tools.jackson.databind.JsonNode;

/**
 * Stalwart's errors. Request-level errors are HTTP problems ({@code type}, {@code detail});
 * method-level errors arrive inside a 200 as {@code ["error", {"type": ...}]} or as
 * {@code notCreated}/{@code notDestroyed} entries, and are typed by {@link #kindOf(String)}.
 */
final class StalwartErrors implements ErrorDecoder {

    @Override
    public Exception decode(String methodKey, Response response) {
        JsonNode body = FeignClients.jsonOf(FeignClients.bodyOf(response));
        String detail = body.path("detail").asString(body.path("title").asString("(no details)"));
        return new UpstreamException(UpstreamException.kindOf(response.status()), Upstreams.STALWART,
                "HTTP " + response.status() + " " + detail);
    }

    /** The kind of a JMAP method or set error type (RFC 8620 §3.6.2 and §5.3, plus Stalwart's own). */
    static Kind kindOf(String type) {
        return switch (type) {
            case "primaryKeyViolation", "objectIsLinked", "alreadyExists", "stateMismatch" -> Kind.CONFLICT;
            case "notFound" -> Kind.NOT_FOUND;
            case "forbidden", "accountNotFound", "accountNotSupportedByMethod", "accountReadOnly" -> Kind.UNAUTHORIZED;
            case "serverUnavailable", "serverFail", "serverPartialFail", "rateLimit" -> Kind.UNAVAILABLE;
            default -> Kind.REJECTED;
        };
    }

    static UpstreamException of(JsonNode error) {
        String type = error.path("type").asString("serverFail");
        String description = error.path("description").asString(type);
        return new UpstreamException(kindOf(type), Upstreams.STALWART, type + ": " + description);
    }
}
