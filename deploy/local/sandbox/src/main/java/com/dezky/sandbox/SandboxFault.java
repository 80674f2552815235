package com.dezky.sandbox;

import java.time.Duration;
import java.util.Locale;

/**
 * A fault a sandbox upstream can be told to show: every call fails with a 503 ({@code error}),
 * is answered late ({@code delay}), or has its connection reset ({@code reset}).
 */
public record SandboxFault(Mode mode, Duration delay) {

    public enum Mode {
        ERROR, DELAY, RESET;

        static Mode parse(String value) {
            return Mode.valueOf(value.strip().toUpperCase(Locale.ROOT));
        }

        String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static SandboxFault error() {
        return new SandboxFault(Mode.ERROR, Duration.ZERO);
    }

    public static SandboxFault reset() {
        return new SandboxFault(Mode.RESET, Duration.ZERO);
    }

    public static SandboxFault delay(Duration delay) {
        return new SandboxFault(Mode.DELAY, delay);
    }
}
