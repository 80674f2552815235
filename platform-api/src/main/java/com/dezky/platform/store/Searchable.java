package com.dezky.platform.store;

import java.util.List;

/**
 * A stored aggregate found by word search: it keeps its {@link com.dezky.model.search.SearchTerms}
 * in an indexed {@code searchTerms} field, which records stored before the field existed are given
 * at start.
 */
public interface Searchable {

    /** The field every searchable document keeps its terms in. */
    String FIELD = "searchTerms";

    /** The terms as computed from the aggregate's current fields. */
    List<String> searchTermsOf();
}
