package com.dezky.platform.web;

import org.springframework.http.ResponseEntity;

/**
 * Optimistic concurrency over HTTP (SECURITY.md D1): a document's ETag is its version; a write
 * must name the version it was based on with If-Match, or it is refused.
 */
public final class ETags {

    private ETags() {
    }

    public static String of(Long version) {
        return "\"" + (version == null ? 0 : version) + "\"";
    }

    /**
     * The version an If-Match header names. Missing header: 428. A header naming another
     * version than the current one: 412 (checked again atomically when saving).
     */
    public static long requireMatch(String ifMatch, Long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ApiProblem.preconditionRequired();
        }
        String current = of(currentVersion);
        String named = ifMatch.strip();
        if (named.startsWith("W/")) {
            named = named.substring(2);
        }
        if (!named.equals(current) && !named.equals("*")) {
            throw ApiProblem.stale(current);
        }
        return currentVersion == null ? 0 : currentVersion;
    }

    public static <T> ResponseEntity<T> ok(T body, Long version) {
        return ResponseEntity.ok().eTag(of(version)).body(body);
    }
}
