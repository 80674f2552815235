package com.dezky.sandbox;

import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * One request to a sandbox upstream: the path below the upstream's prefix, the first value of
 * each query parameter, a header lookup and the parsed JSON body ({@code null} when there is none).
 */
record SandboxRequest(String method, String path, Map<String, String> query, Function<String, String> header,
        JsonNode body) {

    boolean is(String method, String pathPattern) {
        return this.method.equals(method) && path.matches(pathPattern);
    }

    /** The n-th path segment (0-based, empty segments skipped), percent-decoded. */
    String segment(int index) {
        String[] segments = path.replaceAll("^/+", "").split("/+");
        return index < segments.length
                ? java.net.URLDecoder.decode(segments[index], java.nio.charset.StandardCharsets.UTF_8) : null;
    }

    boolean bearer() {
        String authorization = header.apply("Authorization");
        return authorization != null && authorization.startsWith("Bearer ") && authorization.length() > 7;
    }

    String text(String field) {
        return body == null || !body.hasNonNull(field) ? null : body.get(field).asString();
    }
}
