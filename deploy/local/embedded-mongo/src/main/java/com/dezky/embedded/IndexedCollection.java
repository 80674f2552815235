package com.dezky.embedded;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DocumentComparator;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.h2.mvstore.MVMap;

/**
 * An H2 collection that uses its memory indexes, where mongo-java-server reads (and sorts) the
 * whole collection for every query: it reads only the documents the indexes name when they are
 * few, or, for a sorted page, the documents in the order of the memory index on the sort's first
 * field — group by group of equal values, each group sorted by the whole sort, each document
 * checked against the query — until the page is full. The first page of 100k tenants by date
 * reads a few dozen documents; a filter that one tenant in ten passes, a few hundred.
 */
final class IndexedCollection extends H2Collection {

    private final List<MemoryIndex> indexes;

    IndexedCollection(MongoDatabase database, String name, CollectionOptions options, MVMap<Object, Document> data,
            MVMap<String, Object> meta, CursorRegistry cursors, List<MemoryIndex> indexes) {
        super(database, name, options, data, meta, cursors);
        this.indexes = indexes;
    }

    /**
     * Picks the cheapest way to answer, by the number of documents each reads: those the memory
     * indexes name; those a sorted walk reads before the page is full (the page over the share of
     * documents that can match); or all of them. A unique index the library knows comes first.
     */
    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
            Document fieldSelector) {
        if (getIndexes().stream().anyMatch(index -> !(index instanceof MemoryIndex) && index.canHandle(query))) {
            return super.queryDocuments(query, orderBy, skip, limit, batchSize, fieldSelector);
        }
        Set<Object> candidates = indexes.stream().filter(index -> index.narrows(query)).findFirst()
                .map(index -> index.candidates(query)).orElse(null);
        Iterable<Set<Object>> inOrder = limit > 0 ? inOrderOf(orderBy) : null;
        Way way = cheapest(candidates == null ? null : (long) candidates.size(), inOrder != null, query.isEmpty(),
                (long) Math.max(skip, 0) + limit, count());
        return switch (way) {
            case CANDIDATES -> matchDocuments(query, candidates, orderBy, skip, limit, batchSize, fieldSelector);
            case WALK -> walk(query, inOrder, orderBy, skip, limit, batchSize, fieldSelector);
            case SCAN -> super.queryDocuments(query, orderBy, skip, limit, batchSize, fieldSelector);
        };
    }

    enum Way { CANDIDATES, WALK, SCAN }

    /** A document read by its key costs about this many read in the store's own order. */
    private static final long KEYED_READ = 4;

    /**
     * The way that reads least: the candidates by key (null when no memory index names the
     * query); a walk in the sort's order, also by key, which reads about the page over the share of
     * documents that can match (unknown without candidates, so only for a query with no
     * condition); or every document in order.
     */
    static Way cheapest(Long candidates, boolean walkable, boolean unconditional, long page, long all) {
        if (candidates != null) {
            long byKey = KEYED_READ * candidates;
            long walk = walkable ? KEYED_READ * page * all / Math.max(candidates, 1) : Long.MAX_VALUE;
            if (byKey <= Math.min(walk, all)) {
                return Way.CANDIDATES;
            }
            return walk < all ? Way.WALK : Way.SCAN;
        }
        return walkable && unconditional ? Way.WALK : Way.SCAN;
    }

    private QueryResult walk(Document query, Iterable<Set<Object>> inOrder, Document orderBy, int skip, int limit,
            int batchSize, Document fieldSelector) {
        DocumentComparator order = new DocumentComparator(orderBy);
        List<Document> page = new ArrayList<>();
        int wanted = Math.max(skip, 0) + limit;
        for (Set<Object> positions : inOrder) {
            if (page.size() >= wanted) {
                break;
            }
            List<Document> group = new ArrayList<>();
            for (Object position : positions) {
                Document document = getDocument(position);
                if (document != null && documentMatchesQuery(document, query)) {
                    group.add(document);
                }
            }
            group.sort(order);
            page.addAll(group);
        }
        // In order already: skip, limit and projection as the library does them.
        return matchDocumentsFromStream(query, page.stream(), skip, limit, batchSize, null, fieldSelector);
    }

    /** The documents in groups in the order of the sort's first field, if an index has that order. */
    private Iterable<Set<Object>> inOrderOf(Document orderBy) {
        if (orderBy == null || orderBy.isEmpty()) {
            return null;
        }
        String first = orderBy.keySet().iterator().next();
        Object direction = orderBy.get(first);
        if (!(direction instanceof Number number) || first.startsWith("$")) {
            return null;
        }
        for (MemoryIndex index : indexes) {
            if (index.field().equals(first)) {
                Iterable<Set<Object>> inOrder = index.inOrder(number.intValue() < 0);
                if (inOrder != null) {
                    return inOrder;
                }
            }
        }
        return null;
    }
}
