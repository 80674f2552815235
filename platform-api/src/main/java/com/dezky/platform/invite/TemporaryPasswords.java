package com.dezky.platform.invite;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Temporary passwords for a hand-off when the identity provider has no recovery flow: 16
 * characters from SecureRandom with at least one upper-case letter, lower-case letter, digit
 * and symbol, and none that are easily confused when read out or typed (0/O, 1/l/I, ...).
 */
final class TemporaryPasswords {

    static final int LENGTH = 16;
    static final String UPPER = "ABCDEFGHJKMNPQRSTUVWXYZ";
    static final String LOWER = "abcdefghijkmnpqrstuvwxyz";
    static final String DIGITS = "23456789";
    static final String SYMBOLS = "#$%&*+-=?@^_";
    private static final String ALL = UPPER + LOWER + DIGITS + SYMBOLS;

    private final SecureRandom random;

    TemporaryPasswords(SecureRandom random) {
        this.random = random;
    }

    String generate() {
        List<Character> chars = new ArrayList<>(LENGTH);
        for (String required : List.of(UPPER, LOWER, DIGITS, SYMBOLS)) {
            chars.add(pick(required));
        }
        while (chars.size() < LENGTH) {
            chars.add(pick(ALL));
        }
        Collections.shuffle(chars, random);
        StringBuilder password = new StringBuilder(LENGTH);
        chars.forEach(password::append);
        return password.toString();
    }

    private char pick(String from) {
        return from.charAt(random.nextInt(from.length()));
    }
}
