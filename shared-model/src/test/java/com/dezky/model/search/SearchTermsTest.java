package com.dezky.model.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTermsTest {

    @Test
    void everyWordIsFoundByEachOfItsPrefixes() {
        assertThat(SearchTerms.of("Kessler Architekten")).contains("k", "kess", "kessler", "a", "arch", "architekten")
                .doesNotContain("kessler architekten", "tekten");
    }

    @Test
    void wordsOfCompoundNamesAreFoundByTheirStart() {
        assertThat(SearchTerms.of("Zahnarztpraxis Dr. Weber")).contains("zahnarzt", "dr", "weber");
        assertThat(SearchTerms.of("Nordsee-Logistik GmbH")).contains("logistik", "nordsee", "gmbh");
    }

    @Test
    void accentsAndCaseAreFoldedAndUmlautsAlsoSpelledOut() {
        assertThat(SearchTerms.of("Möller & Söhne")).contains("moller", "moeller", "sohne", "soehne");
        assertThat(SearchTerms.of("Straße")).contains("strasse");
        assertThat(SearchTerms.of("Café Éclair")).contains("cafe", "eclair");
    }

    @Test
    void slugsDomainsAndAddressesAreSplitIntoWords() {
        assertThat(SearchTerms.of("kessler-architekten", "kessler.example", "ada.lovelace@kessler.example"))
                .contains("kessler", "architekten", "example", "ada", "lovelace");
    }

    @Test
    void longWordsAreIndexedUpToTheMaximumPrefix() {
        String word = "donaudampfschifffahrtsgesellschaft";
        assertThat(SearchTerms.of(word)).contains(word.substring(0, SearchTerms.MAX_PREFIX))
                .allMatch(term -> term.length() <= SearchTerms.MAX_PREFIX);
        assertThat(SearchTerms.query(word)).containsExactly(word.substring(0, SearchTerms.MAX_PREFIX));
    }

    @Test
    void queryIsFoldedAndSplitLikeTheTerms() {
        assertThat(SearchTerms.query("  Möller, ARCH ")).containsExactly("moller", "arch");
        assertThat(SearchTerms.query("--")).isEmpty();
        assertThat(SearchTerms.query(null)).isEmpty();
    }

    @Test
    void nullTextsAreSkipped() {
        assertThat(SearchTerms.of(null, "Ada")).containsExactly("a", "ad", "ada");
    }
}
