package com.dezky.gateway;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.util.StringUtils;

/**
 * Request paths as the services behind the gateway may read them. A path is canonical when
 * decoding, dropping {@code ;} parameters, collapsing slashes and resolving dot segments leave it
 * unchanged (apart from decoding ordinary characters): only then does the gateway's own check of
 * a path mean the same as the service's.
 */
final class CanonicalPaths {

    private static final Pattern PARAMETERS = Pattern.compile(";[^/]*");
    private static final Pattern SLASHES = Pattern.compile("/{2,}");
    private static final int MAX_DECODES = 3;

    private CanonicalPaths() {
    }

    /**
     * The common case, decided in one pass without decoding: nothing escaped, no parameter, no
     * backslash, no control character, no empty or dot segment. Such a path means what it says.
     */
    static boolean plain(String rawPath) {
        char previous = 0;
        for (int i = 0; i < rawPath.length(); i++) {
            char c = rawPath.charAt(i);
            if (c == '%' || c == ';' || c == '\\' || c < 0x20 || c == 0x7f || (c == '/' && previous == '/')
                    || (c == '.' && previous == '/')) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    /**
     * The path every service would end up at, lower-cased for comparison; empty when the raw path
     * cannot be decoded at all.
     */
    static Optional<String> normalized(String rawPath) {
        if (plain(rawPath)) {
            return Optional.of(rawPath.toLowerCase(Locale.ROOT));
        }
        String path = rawPath;
        try {
            for (int i = 0; i < MAX_DECODES; i++) {
                String decoded = StringUtils.uriDecode(path, StandardCharsets.UTF_8);
                if (decoded.equals(path)) {
                    break;
                }
                path = decoded;
            }
        } catch (IllegalArgumentException undecodable) {
            return Optional.empty();
        }
        path = PARAMETERS.matcher(path.replace('\\', '/')).replaceAll("");
        path = SLASHES.matcher(path).replaceAll("/");
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..")) {
                segments.pollLast();
            } else if (!segment.equals(".") && !segment.isEmpty()) {
                segments.addLast(segment);
            }
        }
        String resolved = "/" + String.join("/", segments);
        return Optional.of(resolved.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the raw path means what it plainly says: no encoded slash, backslash, dot, control
     * or invalid byte, no {@code ;} parameter, no empty or dot segment.
     */
    static boolean isCanonical(String rawPath) {
        if (plain(rawPath)) {
            return true;
        }
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%2e") || lower.contains("%25")
                || lower.contains(";") || lower.contains("\\") || lower.contains("//")) {
            return false;
        }
        for (int i = 0; i < lower.length(); i++) {
            if (lower.charAt(i) < 0x20) {
                return false;
            }
        }
        Optional<String> normalized = normalized(rawPath);
        if (normalized.isEmpty() || normalized.get().chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return false;
        }
        for (String segment : rawPath.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }
}
