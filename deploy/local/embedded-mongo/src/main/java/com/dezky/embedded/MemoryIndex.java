package com.dezky.embedded;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * A non-unique secondary index in memory, on the first field of its key, array elements
 * included. It does two things for {@link IndexedCollection}: it names the documents that can
 * match a query (equality, {@code $eq}, {@code $in}, {@code $all} of texts, intersected with what
 * the collection's other memory indexes name), and it lists the documents in the order of its
 * field, for a sorted page that stops once full. The collection
 * still checks each document against the whole query and sort, so an index only has to be a
 * superset of the matches, never exact.
 */
final class MemoryIndex extends Index<Object> {

    /** Values of one kind in their natural order; values of different kinds apart by kind (never walked). */
    private static final Comparator<Object> VALUES = MemoryIndex::compareValues;

    private final String field;
    private final List<MemoryIndex> siblings;
    /** The positions of the documents with each value; changed only under the index's lock. */
    private final NavigableMap<Object, Set<Object>> positionsByValue = new ConcurrentSkipListMap<>(VALUES);
    private long documents;
    /** Documents without a value, which sort before all others and are in no list here. */
    private long withoutValue;
    /** Set for good once a document has an array or a second kind of value: the order is no longer one walk. */
    private boolean unordered;
    private Class<?> kind;

    MemoryIndex(String name, List<IndexKey> keys, boolean sparse, List<MemoryIndex> siblings) {
        super(name, keys, sparse);
        this.field = keys.getFirst().getKey();
        this.siblings = siblings;
    }

    String field() {
        return field;
    }

    @Override
    public Object getPosition(Document document) {
        // Not unique: a document is never found by its key alone.
        return null;
    }

    @Override
    public void checkAdd(Document document, MongoCollection<Object> collection) {
        // Not unique: nothing to refuse.
    }

    @Override
    public synchronized void add(Document document, Object position, MongoCollection<Object> collection) {
        List<Object> values = valuesOf(document);
        if (values.isEmpty()) {
            withoutValue++;
        }
        for (Object value : values) {
            if (kind == null) {
                kind = value.getClass();
            } else if (kind != value.getClass()) {
                unordered = true;
            }
            positionsByValue.computeIfAbsent(value, v -> ConcurrentHashMap.newKeySet()).add(position);
        }
        documents++;
    }

    /** Removes the document as it is stored (its values are the ones it was indexed under). */
    @Override
    public synchronized Object remove(Document document) {
        // The H2 collection keeps each document under its _id.
        Object position = document.get("_id");
        List<Object> values = valuesOf(document);
        if (values.isEmpty()) {
            withoutValue--;
        }
        for (Object value : values) {
            Set<Object> positions = positionsByValue.get(value);
            if (positions != null) {
                positions.remove(position);
                if (positions.isEmpty()) {
                    positionsByValue.remove(value);
                }
            }
        }
        documents--;
        return position;
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
        // Not unique: nothing to refuse.
    }

    @Override
    public synchronized void updateInPlace(Document oldDocument, Document newDocument, Object position,
            MongoCollection<Object> collection) {
        remove(oldDocument);
        add(newDocument, position, collection);
    }

    /** Never asked by the library: {@link IndexedCollection} weighs the memory indexes against each other itself. */
    @Override
    public boolean canHandle(Document query) {
        return false;
    }

    @Override
    public Iterable<Object> getPositions(Document query) {
        return new ArrayList<>(candidates(query));
    }

    /** Whether the query asks this index's field for texts it can look up. */
    boolean narrows(Document query) {
        return wanted(query) != null;
    }

    /** The documents that can match: those this index names, and of them those the other indexes name too. */
    Set<Object> candidates(Document query) {
        Set<Object> positions = positionsFor(wanted(query));
        for (MemoryIndex other : siblings) {
            if (other != this && !positions.isEmpty()) {
                Wanted narrower = other.wanted(query);
                if (narrower != null) {
                    positions.retainAll(other.positionsFor(narrower));
                }
            }
        }
        return positions;
    }

    /**
     * The positions of every document in the order of the field, in groups of equal value, or
     * null when this index cannot give that order (arrays, mixed kinds, documents without the field).
     */
    synchronized Iterable<Set<Object>> inOrder(boolean descending) {
        if (unordered || withoutValue > 0 || field.contains(".")) {
            return null;
        }
        // A live view, read only as far as the page needs.
        return (descending ? positionsByValue.descendingMap() : positionsByValue).values();
    }

    @Override
    public synchronized long getCount() {
        return documents;
    }

    @Override
    public long getDataSize() {
        return 0;
    }

    @Override
    public synchronized void drop() {
        // A dropped index must not narrow the queries of the indexes that stay.
        siblings.remove(this);
        positionsByValue.clear();
        documents = 0;
        withoutValue = 0;
    }

    /** The texts a query asks this index's field for: any one of them, or all of them; null if it cannot say. */
    private record Wanted(Collection<String> texts, boolean all) {
    }

    private Wanted wanted(Document query) {
        if (field.contains(".")) {
            // Only top-level fields are indexed here; a path into subdocuments is left to the scan.
            return null;
        }
        Object condition = query.get(field);
        if (condition instanceof String text) {
            return new Wanted(List.of(text), false);
        }
        if (condition instanceof Document operators && operators.size() == 1) {
            String operator = operators.keySet().iterator().next();
            Object operand = operators.get(operator);
            List<String> texts = texts(operand);
            return switch (operator) {
                case "$eq" -> operand instanceof String text ? new Wanted(List.of(text), false) : null;
                case "$in" -> texts == null ? null : new Wanted(texts, false);
                case "$all" -> texts == null || texts.isEmpty() ? null : new Wanted(texts, true);
                default -> null;
            };
        }
        return null;
    }

    private Set<Object> positionsFor(Wanted wanted) {
        Set<Object> positions = null;
        for (String text : wanted.texts()) {
            Set<Object> withText = positionsByValue.getOrDefault(text, Set.of());
            if (positions == null) {
                positions = new HashSet<>(withText);
            } else if (wanted.all()) {
                positions.retainAll(withText);
            } else {
                positions.addAll(withText);
            }
        }
        return positions == null ? new HashSet<>() : positions;
    }

    private static List<String> texts(Object operand) {
        if (!(operand instanceof Collection<?> values)) {
            return null;
        }
        List<String> texts = new ArrayList<>();
        for (Object value : values) {
            if (!(value instanceof String text)) {
                return null;
            }
            texts.add(text);
        }
        return texts;
    }

    /** The field's values: the value, or each element of an array value (which makes the index unordered). */
    private List<Object> valuesOf(Document document) {
        Object value = field.contains(".") ? null : document.get(field);
        if (value instanceof Collection<?> elements) {
            unordered = true;
            return elements.stream().filter(MemoryIndex::indexable).map(Object.class::cast).distinct().toList();
        }
        if (indexable(value)) {
            return List.of(value);
        }
        if (value != null) {
            unordered = true;
        }
        return List.of();
    }

    /** Values with an order of their own (texts, instants, numbers, ids); documents and arrays are not. */
    private static boolean indexable(Object value) {
        return value instanceof Comparable<?> && !(value instanceof Document);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareValues(Object a, Object b) {
        if (a.getClass() == b.getClass()) {
            return ((Comparable) a).compareTo(b);
        }
        return a.getClass().getName().compareTo(b.getClass().getName());
    }
}
