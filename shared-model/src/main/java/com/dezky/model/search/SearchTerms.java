package com.dezky.model.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Word-prefix search terms: what a record stores in an indexed array field, and what a search
 * looks for in it. Every word of the searched texts (a name, a slug, a domain, an e-mail address)
 * is folded to lower case without accents ("Möller" → "moller", and the German spelling "moeller"
 * too) and stored with each of its prefixes, so that "arch" finds "Kessler Architekten" through an
 * index, without scanning every record with an unanchored expression. A search matches records
 * holding a term for every word of the query.
 */
public final class SearchTerms {

    /** Longer words are indexed by their first this many characters; a longer query word is cut the same way. */
    public static final int MAX_PREFIX = 20;

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private SearchTerms() {
    }

    /** The terms under which a record with these texts is found; null texts are skipped. */
    public static List<String> of(String... texts) {
        Set<String> terms = new LinkedHashSet<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            for (String word : words(text)) {
                for (int length = 1; length <= Math.min(word.length(), MAX_PREFIX); length++) {
                    terms.add(word.substring(0, length));
                }
            }
        }
        return new ArrayList<>(terms);
    }

    /** The words of a query, each as it is looked up (folded, cut); empty when it has none. */
    public static List<String> query(String text) {
        if (text == null) {
            return List.of();
        }
        Set<String> words = new LinkedHashSet<>();
        for (String word : NOT_WORD.split(fold(text))) {
            if (!word.isEmpty()) {
                words.add(word.length() > MAX_PREFIX ? word.substring(0, MAX_PREFIX) : word);
            }
        }
        return new ArrayList<>(words);
    }

    /** The words of a text as indexed: folded, and umlauts also in their German spelling. */
    private static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String spelling : new String[] {fold(text), fold(germanSpelling(text))}) {
            for (String word : NOT_WORD.split(spelling)) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    /** Lower case, accents and other marks removed, ß as ss. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD);
        return MARKS.matcher(decomposed).replaceAll("").replace("ß", "ss");
    }

    private static String germanSpelling(String text) {
        return text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                .replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue");
    }
}
