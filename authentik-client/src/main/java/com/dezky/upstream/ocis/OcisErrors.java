package com.dezky.upstream.ocis;

import com.dezky.upstream.FeignClients;
import com.dezky.upstream.UpstreamException;
import com.dezky.upstream.UpstreamException.Kind;
import com.dezky.upstream.Upstreams;
import feign.Response;
import feign.codec.ErrorDecoder;
import tools.jackson.databind.JsonNode;

/** OData errors {@code {"error": {"code", "message"}}}; the code refines what the status says. */
final class OcisErrors implements ErrorDecoder {

    @Override
    public Exception decode(String methodKey, Response response) {
        JsonNode error = FeignClients.jsonOf(FeignClients.bodyOf(response)).path("error");
        String code = error.path("code").asString("");
        Kind kind = switch (code) {
            case "nameAlreadyExists" -> Kind.CONFLICT;
            case "itemNotFound" -> Kind.NOT_FOUND;
            case "unauthenticated", "accessDenied" -> Kind.UNAUTHORIZED;
            case "serviceNotAvailable" -> Kind.UNAVAILABLE;
            default -> UpstreamException.kindOf(response.status());
        };
        return new UpstreamException(kind, Upstreams.OCIS, "HTTP " + response.status() + " " + code + ": "
                + error.path("message").asString("(no details)"));
    }
}
