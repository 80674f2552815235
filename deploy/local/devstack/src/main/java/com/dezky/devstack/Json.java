package com.dezky.devstack;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** Just enough JSON writing for token claims (strings, booleans, lists of strings). */
final class Json {

    private Json() {
    }

    static String write(Object value) {
        return switch (value) {
            case null -> "null";
            case String s -> quote(s);
            case Boolean b -> b.toString();
            case Number n -> n.toString();
            case Map<?, ?> map -> map.entrySet().stream()
                    .map(e -> quote(String.valueOf(e.getKey())) + ":" + write(e.getValue()))
                    .collect(Collectors.joining(",", "{", "}"));
            case Collection<?> list -> list.stream().map(Json::write).collect(Collectors.joining(",", "[", "]"));
            default -> throw new IllegalArgumentException("Not writable as JSON: " + value.getClass());
        };
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
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
        return out.append('"').toString();
    }
}
