package com.dezky.model.json;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * One fixed JSON form of a value: object keys sorted, no whitespace, integral numbers without
 * decimals, instants as ISO-8601 UTC. Hashes are taken over this form (the audit chain), so it
 * must not depend on how the value was built or how a database hands it back.
 */
public final class CanonicalJson {

    private CanonicalJson() {
    }

    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        switch (value) {
            case null -> out.append("null");
            case String s -> quote(s, out);
            case Boolean b -> out.append(b);
            case Integer i -> out.append(i.longValue());
            case Long l -> out.append(l);
            case Number n -> out.append(n.doubleValue() == Math.rint(n.doubleValue())
                    ? Long.toString(n.longValue()) : n.toString());
            case Instant instant -> quote(instant.toString(), out);
            case Enum<?> e -> quote(e.toString(), out);
            case Map<?, ?> map -> {
                out.append('{');
                boolean first = true;
                TreeMap<String, Object> sorted = new TreeMap<>();
                map.forEach((key, item) -> sorted.put(String.valueOf(key), item));
                for (var entry : sorted.entrySet()) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    quote(entry.getKey(), out);
                    out.append(':');
                    write(entry.getValue(), out);
                }
                out.append('}');
            }
            case Collection<?> list -> {
                out.append('[');
                boolean first = true;
                for (Object item : list) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    write(item, out);
                }
                out.append(']');
            }
            case Record record -> throw new IllegalArgumentException(
                    "Convert records to maps before writing them canonically: " + record.getClass().getSimpleName());
            default -> quote(value.toString(), out);
        }
    }

    /** SHA-256 of the UTF-8 bytes of a string, as lower-case hex. */
    public static String sha256Hex(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void quote(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
