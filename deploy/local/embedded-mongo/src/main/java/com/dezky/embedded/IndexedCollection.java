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
 * An H2 collection that answers a sorted page from the memory index on the sort's first field
 * when no index narrows the query to a few documents: it reads the documents in that order, group
 * by group of equal values (each group sorted by the whole sort), checks each against the query
 * and stops once the page is full — where mongo-java-server reads and sorts the whole collection.
 * The first page of 100k tenants by date reads a few dozen documents; a filter that one tenant in
 * ten passes, a few hundred.
 */
final class IndexedCollection extends H2Collection {

    private final List<MemoryIndex> indexes;

    IndexedCollection(MongoDatabase database, String name, CollectionOptions options, MVMap<Object, Document> data,
            MVMap<String, Object> meta, CursorRegistry cursors, List<MemoryIndex> indexes) {
        super(database, name, options, data, meta, cursors);
        this.indexes = indexes;
    }

    @Override
    protected QueryResult matchDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
            Document fieldSelector) {
        Iterable<Set<Object>> inOrder = limit > 0 ? inOrderOf(orderBy) : null;
        if (inOrder == null) {
            return super.matchDocuments(query, orderBy, skip, limit, batchSize, fieldSelector);
        }
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
