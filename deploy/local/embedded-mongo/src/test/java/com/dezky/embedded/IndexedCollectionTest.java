package com.dezky.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.dezky.embedded.IndexedCollection.Way;
import org.junit.jupiter.api.Test;

/** Which way a query is answered, by the documents each way reads, at 100k documents and a page of 25. */
class IndexedCollectionTest {

    static final long ALL = 100_000;
    static final long PAGE = 25;

    @Test
    void aFewNamedDocumentsAreReadByTheirKeys() {
        assertThat(IndexedCollection.cheapest(200L, true, false, PAGE, ALL)).isEqualTo(Way.CANDIDATES);
        assertThat(IndexedCollection.cheapest(5_000L, false, false, 0, ALL)).as("a count of a search").isEqualTo(Way.CANDIDATES);
    }

    @Test
    void aSortedPageOfACommonFilterWalksInIndexOrder() {
        assertThat(IndexedCollection.cheapest(11_000L, true, false, PAGE, ALL)).isEqualTo(Way.WALK);
        assertThat(IndexedCollection.cheapest(null, true, true, PAGE, ALL)).as("the first page").isEqualTo(Way.WALK);
    }

    @Test
    void whatNoIndexNarrowsIsScanned() {
        assertThat(IndexedCollection.cheapest(null, true, false, PAGE, ALL)).as("a condition no index knows")
                .isEqualTo(Way.SCAN);
        assertThat(IndexedCollection.cheapest(null, false, true, PAGE, ALL)).isEqualTo(Way.SCAN);
        assertThat(IndexedCollection.cheapest(ALL / 2, false, false, 0, ALL)).as("half of them candidates")
                .isEqualTo(Way.SCAN);
    }
}
