package com.dezky.upstream.authentik;

import com.dezky.upstream.FeignClients;
import com.dezky.upstream.UpstreamException;
import com.dezky.upstream.UpstreamException.Kind;
import com.dezky.upstream.Upstreams;
import feign.Response;
import feign.codec.ErrorDecoder;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * authentik's error shapes: 400 with messages keyed by field (or {@code non_field_errors}),
 * {@code {"detail": ...}} for 403 and 404. A 400 whose message says the value must be unique
 * or already exists is a conflict, not a rejected input.
 */
final class AuthentikErrors implements ErrorDecoder {

    @Override
    public Exception decode(String methodKey, Response response) {
        JsonNode body = FeignClients.jsonOf(FeignClients.bodyOf(response));
        String message = messageOf(body);
        Kind kind = UpstreamException.kindOf(response.status());
        if (response.status() == 400 && (message.contains("already exists") || message.contains("must be unique"))) {
            kind = Kind.CONFLICT;
        }
        return new UpstreamException(kind, Upstreams.AUTHENTIK, "HTTP " + response.status() + " " + message);
    }

    static String messageOf(JsonNode body) {
        if (body.hasNonNull("detail")) {
            return body.get("detail").asString();
        }
        List<String> parts = new ArrayList<>();
        body.properties().forEach(field -> {
            JsonNode value = field.getValue();
            String text = value.isArray() ? joined(value) : value.asString();
            parts.add(field.getKey().equals("non_field_errors") ? text : field.getKey() + ": " + text);
        });
        return parts.isEmpty() ? "(no details)" : String.join("; ", parts);
    }

    private static String joined(JsonNode values) {
        List<String> texts = new ArrayList<>();
        values.forEach(value -> texts.add(value.asString()));
        return String.join(" ", texts);
    }
}
