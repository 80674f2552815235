package com.dezky.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    @Test
    void sortsKeysAndWritesIntegralNumbersTheSameWhateverTheirType() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("b", 1);
        a.put("a", List.of(2L, 3.0, "x"));
        Map<String, Object> b = new HashMap<>();
        b.put("a", List.of(2, 3L, "x"));
        b.put("b", 1L);

        assertThat(CanonicalJson.write(a)).isEqualTo("{\"a\":[2,3,\"x\"],\"b\":1}").isEqualTo(CanonicalJson.write(b));
    }

    @Test
    void escapesStringsAndWritesNullsAndInstants() {
        Map<String, Object> value = new HashMap<>();
        value.put("text", "quote \" backslash \\ newline \n bell \u0007");
        value.put("none", null);
        value.put("at", Instant.parse("2026-11-21T10:00:00.123Z"));

        assertThat(CanonicalJson.write(value)).isEqualTo(
                "{\"at\":\"2026-11-21T10:00:00.123Z\",\"none\":null,\"text\":\"quote \\\" backslash \\\\ newline \\n bell \\u0007\"}");
    }

    @Test
    void hashesUtf8AsLowerCaseHex() {
        assertThat(CanonicalJson.sha256Hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
