package com.dezky.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * An enum whose constants travel as lower-case words ({@code in-negotiation}, {@code ok}): the
 * form in JSON, query parameters and error messages.
 */
public interface Wire {

    String wire();

    /** The constant with this wire form, if any. */
    static <E extends Enum<E> & Wire> Optional<E> parse(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.wire().equals(value)).findFirst();
    }

    /** "a, b or c": the wire forms of every constant, for messages. */
    static String choices(Class<? extends Wire> type) {
        String[] wires = Arrays.stream(type.getEnumConstants()).map(Wire::wire).toArray(String[]::new);
        return wires.length == 1 ? wires[0]
                : String.join(", ", Arrays.copyOf(wires, wires.length - 1)) + " or " + wires[wires.length - 1];
    }

    /** The usual wire form of a constant: its name, lower-cased, underscores as hyphens. */
    static String of(Enum<?> constant) {
        return constant.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
