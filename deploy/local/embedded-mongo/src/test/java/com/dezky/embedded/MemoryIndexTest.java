package com.dezky.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class MemoryIndexTest {

    final List<MemoryIndex> siblings = new CopyOnWriteArrayList<>();
    final MemoryIndex status = index("status");
    final MemoryIndex terms = index("searchTerms");

    MemoryIndex index(String field) {
        MemoryIndex index = new MemoryIndex(field + "_1", List.of(new IndexKey(field, true)), false, siblings);
        siblings.add(index);
        return index;
    }

    void add(String id, String state, String... words) {
        Document document = new Document("_id", id).append("status", state).append("searchTerms", List.of(words));
        siblings.forEach(index -> index.add(document, id, null));
    }

    @Test
    void narrowsEqualityInAndAllAndIntersectsWithTheOtherIndexes() {
        add("a", "ACTIVE", "kessler", "bau");
        add("b", "ACTIVE", "moller");
        add("c", "SUSPENDED", "kessler");

        assertThat(status.getPositions(new Document("status", "ACTIVE"))).containsExactlyInAnyOrder("a", "b");
        assertThat(status.getPositions(new Document("status", new Document("$in", List.of("SUSPENDED", "GONE")))))
                .containsExactly("c");
        assertThat(terms.getPositions(new Document("searchTerms", new Document("$all", List.of("kessler", "bau")))))
                .containsExactly("a");
        assertThat(terms.getPositions(new Document("searchTerms", "kessler").append("status", "SUSPENDED")))
                .containsExactly("c");
    }

    @Test
    void listsDocumentsInTheOrderOfItsFieldWhileEachHasOneValueOfOneKind() {
        MemoryIndex created = index("createdAt");
        Document early = new Document("_id", "early").append("createdAt", Instant.parse("2026-01-01T00:00:00Z"));
        Document late = new Document("_id", "late").append("createdAt", Instant.parse("2026-06-01T00:00:00Z"));
        Document twin = new Document("_id", "twin").append("createdAt", Instant.parse("2026-06-01T00:00:00Z"));
        created.add(early, "early", null);
        created.add(late, "late", null);
        created.add(twin, "twin", null);

        assertThat(created.inOrder(true)).containsExactly(Set.of("late", "twin"), Set.of("early"));
        assertThat(created.inOrder(false)).containsExactly(Set.of("early"), Set.of("late", "twin"));

        created.add(new Document("_id", "undated"), "undated", null);
        assertThat(created.inOrder(true)).as("a document without the field sorts where no group is").isNull();
        terms.add(new Document("_id", "a").append("searchTerms", List.of("kessler")), "a", null);
        assertThat(terms.inOrder(true)).as("arrays").isNull();
    }

    @Test
    void leavesToTheScanWhatItCannotAnswer() {
        assertThat(status.narrows(new Document("status", new Document("$ne", "ACTIVE")))).isFalse();
        assertThat(status.narrows(new Document("status", new Document("$regex", "^A")))).isFalse();
        assertThat(status.narrows(new Document("status", 3))).isFalse();
        assertThat(status.narrows(new Document("plan", "business"))).isFalse();
        assertThat(index("contact.email").narrows(new Document("contact.email", "a@example.com"))).isFalse();
    }

    @Test
    void forgetsARemovedDocumentUnderTheTextsItWasIndexedBy() {
        add("a", "ACTIVE", "kessler");
        Document stored = new Document("_id", "a").append("status", "ACTIVE").append("searchTerms", List.of("kessler"));
        Document moved = new Document("_id", "a").append("status", "DELETED").append("searchTerms", List.of("kessler"));

        status.updateInPlace(stored, moved, "a", null);

        assertThat(status.getPositions(new Document("status", "ACTIVE"))).isEmpty();
        assertThat(status.getPositions(new Document("status", "DELETED"))).containsExactly("a");
        assertThat(status.remove(moved)).isEqualTo("a");
        assertThat(status.getCount()).isZero();
    }
}
