package com.dezky.model.flag;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The one definition of how a flag decides, pure and shared by every service:
 * <ul>
 * <li>{@code off} → false; {@code on} → true;</li>
 * <li>{@code targeted} → the scope must not be empty (an empty allowlist means nobody), and every
 * non-empty axis must allow the tenant;</li>
 * <li>{@code rollout} → the scope must allow the tenant (an empty scope allows everyone), and the
 * tenant's bucket must be below {@code pct}. The bucket is the first 8 bytes of
 * SHA-256(UTF-8 {@code "<tenantId>:<key>"}) read as an unsigned big-endian integer, mod 100, so
 * raising {@code pct} only ever adds tenants.</li>
 * </ul>
 */
public final class FlagEvaluator {

    /** Why a flag answered as it did; the names are OpenFeature's reasons. */
    public enum Reason { DISABLED, STATIC, TARGETING_MATCH, SPLIT }

    public record Result(boolean value, Reason reason) {
    }

    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    private FlagEvaluator() {
    }

    public static Result evaluate(FlagRule rule, FlagSubject subject) {
        return switch (rule.state()) {
            case OFF -> new Result(false, Reason.DISABLED);
            case ON -> new Result(true, Reason.STATIC);
            case TARGETED -> new Result(!rule.scope().isEmpty() && rule.scope().matches(subject), Reason.TARGETING_MATCH);
            case ROLLOUT -> new Result(rule.scope().matches(subject)
                    && bucket(subject.tenantId(), rule.key()) < rule.pct(), Reason.SPLIT);
        };
    }

    public static boolean isOn(FlagRule rule, FlagSubject subject) {
        return evaluate(rule, subject).value();
    }

    /** 0–99, stable for a tenant and flag. */
    public static int bucket(String tenantId, String flagKey) {
        byte[] digest = SHA_256.get().digest((tenantId + ":" + flagKey).getBytes(StandardCharsets.UTF_8));
        long first8 = 0;
        for (int i = 0; i < 8; i++) {
            first8 = (first8 << 8) | (digest[i] & 0xff);
        }
        return (int) Long.remainderUnsigned(first8, 100);
    }
}
