package com.dezky.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void marginRoundsHalfToEvenInMinorUnits() {
        assertThat(new Money(12_345, "EUR").timesBasisPoints(1_500).amountMinor()).isEqualTo(1_852); // 1851.75
        assertThat(new Money(1, "EUR").timesBasisPoints(5_000).amountMinor()).isEqualTo(0); // 0.5 -> 0
        assertThat(new Money(3, "EUR").timesBasisPoints(5_000).amountMinor()).isEqualTo(2); // 1.5 -> 2
        assertThat(new Money(10_000, "EUR").timesBasisPoints(10_000).amountMinor()).isEqualTo(10_000);
    }

    @Test
    void refusesToAddDifferentCurrencies() {
        assertThatThrownBy(() -> new Money(1, "EUR").plus(new Money(1, "USD")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void slugAndHostnamePatternsAcceptAndRefuseTheRightThings() {
        assertThat("acme").matches(Patterns.SLUG);
        assertThat("acme-gmbh-2").matches(Patterns.SLUG);
        assertThat("-acme").doesNotMatch(Patterns.SLUG);
        assertThat("ac").doesNotMatch(Patterns.SLUG);
        assertThat("Acme").doesNotMatch(Patterns.SLUG);
        assertThat("mail.acme.example").matches(Patterns.HOSTNAME);
        assertThat("ACME.de").matches(Patterns.HOSTNAME);
        assertThat("localhost").doesNotMatch(Patterns.HOSTNAME);
        assertThat("acme..de").doesNotMatch(Patterns.HOSTNAME);
        assertThat("-acme.de").doesNotMatch(Patterns.HOSTNAME);
    }
}
