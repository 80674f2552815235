package com.dezky.platform.invite;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TemporaryPasswordsTest {

    private final TemporaryPasswords passwords = new TemporaryPasswords(new SecureRandom());

    @Test
    void everyPasswordHasSixteenCharactersOfEveryClassAndNoConfusableOne() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            String password = passwords.generate();
            assertThat(password).hasSize(16)
                    .containsAnyOf(TemporaryPasswords.UPPER.split(""))
                    .containsAnyOf(TemporaryPasswords.LOWER.split(""))
                    .containsAnyOf(TemporaryPasswords.DIGITS.split(""))
                    .containsAnyOf(TemporaryPasswords.SYMBOLS.split(""))
                    .doesNotContain("0", "O", "o", "1", "l", "I", "|", "`", "'", "\"", " ");
            seen.add(password);
        }
        assertThat(seen).as("no repeats").hasSize(2_000);
    }
}
