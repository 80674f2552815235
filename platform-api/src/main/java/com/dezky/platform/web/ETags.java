package com.dezky.platform.web;

import org.springframework.http.ResponseEntity;

/**
 * Optimistic concurrency over HTTP (SECURITY.md D1): a document's ETag is its version, and a
 * write must name the version it was based on with If-Match. The comparison is strong (RFC 9110
 * §13.1.1): a weak tag never matches, because a weak validator does not promise the same bytes.
 */
public final class ETags {

    private ETags() {
    }

    public static String of(Long version) {
        return "\"" + (version == null ? 0 : version) + "\"";
    }

    /** Missing header: 428. Any tag but the current one (or {@code *}), weak tags included: 412. */
    public static void requireMatch(String ifMatch, Long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ApiProblem.preconditionRequired();
        }
        String current = of(currentVersion);
        for (String tag : ifMatch.split(",")) {
            String named = tag.strip();
            if (named.equals("*") || named.equals(current)) {
                return;
            }
        }
        throw ApiProblem.stale(current);
    }

    /** Lifecycle actions honour If-Match when it is sent, and do without it otherwise. */
    public static void requireMatchIfPresent(String ifMatch, Long currentVersion) {
        if (ifMatch != null) {
            requireMatch(ifMatch, currentVersion);
        }
    }

    public static <T> ResponseEntity<T> ok(T body, Long version) {
        return ResponseEntity.ok().eTag(of(version)).body(body);
    }
}
