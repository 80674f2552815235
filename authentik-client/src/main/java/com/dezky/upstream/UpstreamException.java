package com.dezky.upstream;

import java.util.Locale;

/**
 * A call to an upstream that did not do what was asked, by kind: the same failure looks
 * different at Authentik (400 keyed by field), Stalwart (a method error inside a 200) and OCIS
 * (OData errors); callers only see the kind.
 */
public class UpstreamException extends RuntimeException {

    public enum Kind {
        /** The object exists already (a name or key is taken). */
        CONFLICT,
        /** The object does not exist. */
        NOT_FOUND,
        /** The credential is missing, wrong, or lacks the permission. */
        UNAUTHORIZED,
        /** The upstream refused the input as invalid. */
        REJECTED,
        /** No usable answer: 5xx, timeout, connection failure, or an open circuit. */
        UNAVAILABLE;

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Kind kind;
    private final String upstream;

    public UpstreamException(Kind kind, String upstream, String message) {
        this(kind, upstream, message, null);
    }

    public UpstreamException(Kind kind, String upstream, String message, Throwable cause) {
        super(upstream + ": " + message, cause);
        this.kind = kind;
        this.upstream = upstream;
    }

    public Kind kind() {
        return kind;
    }

    public String upstream() {
        return upstream;
    }

    public boolean is(Kind kind) {
        return this.kind == kind;
    }

    /** Kind from an HTTP status, for upstreams whose status codes carry the meaning. */
    public static Kind kindOf(int status) {
        return switch (status) {
            case 401, 403 -> Kind.UNAUTHORIZED;
            case 404, 410 -> Kind.NOT_FOUND;
            case 409, 412 -> Kind.CONFLICT;
            case 408, 429 -> Kind.UNAVAILABLE;
            default -> status >= 500 ? Kind.UNAVAILABLE : Kind.REJECTED;
        };
    }
}
