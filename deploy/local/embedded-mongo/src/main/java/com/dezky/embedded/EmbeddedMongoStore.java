package com.dezky.embedded;

import de.bwaldvogel.mongo.MongoServer;
import java.nio.file.Path;
import org.h2.mvstore.MVStore;

/**
 * A MongoDB-wire-compatible server on H2's MVStore, in a file (the local stack: data survives
 * restarts) or in memory (tests), with the secondary indexes of {@link IndexedH2Backend}. It
 * understands enough of MongoDB for local use; production runs real MongoDB.
 */
public final class EmbeddedMongoStore {

    /** MVStore page cache; holds the documents of about 100k tenants with their search terms. */
    public static final int CACHE_MB = 256;

    private EmbeddedMongoStore() {
    }

    /** A server on the store file, not yet bound. */
    public static MongoServer onFile(Path file) {
        return new MongoServer(new IndexedH2Backend(new MVStore.Builder().fileName(file.toString())
                .cacheSize(CACHE_MB).open()));
    }

    /** A server whose data lives only as long as the process. */
    public static MongoServer inMemory() {
        return new MongoServer(new IndexedH2Backend(new MVStore.Builder().cacheSize(CACHE_MB).open()));
    }
}
