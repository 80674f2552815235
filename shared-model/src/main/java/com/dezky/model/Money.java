package com.dezky.model;

/** An amount in minor units (cents) of a currency. Money is never a floating-point number. */
public record Money(long amountMinor, String currency) {

    public static Money zero(String currency) {
        return new Money(0, currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(amountMinor, other.amountMinor), currency);
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(amountMinor, factor), currency);
    }

    /** This amount times basis points / 10 000, rounded half-even to whole minor units. */
    public Money timesBasisPoints(int basisPoints) {
        long numerator = Math.multiplyExact(amountMinor, basisPoints);
        return new Money(Math.floorDiv(numerator, 10_000L) + halfEvenCarry(numerator), currency);
    }

    private static long halfEvenCarry(long numerator) {
        long quotient = Math.floorDiv(numerator, 10_000L);
        long remainder = Math.floorMod(numerator, 10_000L);
        if (remainder > 5_000 || (remainder == 5_000 && (quotient & 1) == 1)) {
            return 1;
        }
        return 0;
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot add " + other.currency + " to " + currency);
        }
    }
}
