package com.dezky.embedded;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend with what it leaves out: it ignores every secondary index that is
 * not unique ("not yet implemented"), so each query reads the whole collection, and it sorts
 * everything a query matched before taking a page. Here secondary indexes are kept in memory
 * ({@link MemoryIndex}, rebuilt from the documents when the server opens them): a selective query
 * reads only the documents its indexes name, and a sorted page reads the documents in the index's
 * order until it is full ({@link IndexedCollection}). The data file is the same as the plain
 * backend's.
 */
final class IndexedH2Backend extends H2Backend {

    IndexedH2Backend(MVStore store) {
        super(store);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return IndexedDatabase.open(databaseName, getMvStore(), getCursorRegistry());
    }

    private static final class IndexedDatabase extends H2Database {

        /** The store, for the collections and indexes the superclass opens from its constructor. */
        private static final ThreadLocal<MVStore> OPENING = new ThreadLocal<>();

        // No initializers: both are set by the first call, which the superclass constructor makes.
        private MVStore store;
        /** The memory indexes of each collection, so that one can narrow a query by the others. */
        private Map<String, List<MemoryIndex>> indexes;

        private IndexedDatabase(String name, MVStore store, CursorRegistry cursors) {
            super(name, store, cursors);
        }

        static IndexedDatabase open(String name, MVStore store, CursorRegistry cursors) {
            OPENING.set(store);
            try {
                return new IndexedDatabase(name, store, cursors);
            } finally {
                OPENING.remove();
            }
        }

        private MVStore store() {
            if (store == null) {
                store = OPENING.get();
            }
            return store;
        }

        private synchronized List<MemoryIndex> indexesOf(String collectionName) {
            if (indexes == null) {
                indexes = new ConcurrentHashMap<>();
            }
            return indexes.computeIfAbsent(collectionName, c -> new CopyOnWriteArrayList<>());
        }

        @Override
        protected synchronized Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
                boolean sparse) {
            List<MemoryIndex> siblings = indexesOf(collectionName);
            // Asked again for an index it has (a client ensuring its indexes), the collection keeps the one
            // it has and ignores the new one, which would then narrow queries with a snapshot.
            for (MemoryIndex existing : siblings) {
                if (existing.getName().equals(indexName)) {
                    return existing;
                }
            }
            MemoryIndex index = new MemoryIndex(indexName, keys, sparse, siblings);
            siblings.add(index);
            return index;
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            // The maps H2Database itself opens for a collection, so that existing data files read the same.
            String namespace = getFullCollectionNamespace(collectionName);
            return new IndexedCollection(this, collectionName, options, store().openMap("databases." + namespace),
                    store().openMap("meta." + namespace), cursorRegistry, indexesOf(collectionName));
        }
    }
}
