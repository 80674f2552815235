package com.dezky.devstack;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.h2.mvstore.MVStore;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A MongoDB-wire-compatible server backed by an H2 MVStore file, so data survives restarts.
 * It understands enough of MongoDB for local use; production runs real MongoDB.
 * <p>
 * The store has no query planner: every query reads the whole collection. With MVStore's
 * default 16 MB page cache, 100k tenants do not fit and each read takes seconds; with the
 * cache below they are served from memory (see docs/benchmarks.md).
 */
final class EmbeddedMongo implements DevstackService {

    /** MVStore page cache; holds about 300k documents of tenant size. */
    static final int CACHE_MB = 128;

    private final int port;
    private final Path file;
    private H2Backend backend;
    private MongoServer server;

    EmbeddedMongo(int port, Path dataDir) {
        this.port = port;
        this.file = dataDir.resolve("mongo.mv");
    }

    @Override
    public String name() {
        return "mongo";
    }

    @Override
    public void start() throws Exception {
        Files.createDirectories(file.getParent());
        backend = new H2Backend(new MVStore.Builder().fileName(file.toString()).cacheSize(CACHE_MB).open());
        server = new MongoServer(backend);
        server.bind("127.0.0.1", port);
    }

    @Override
    public String describe() {
        return "mongodb://127.0.0.1:" + port + "  (embedded, data in " + file + ")";
    }

    @Override
    public void close() {
        if (server != null) {
            server.shutdownNow();
        }
        if (backend != null) {
            // Flushes the MVStore so the last writes are on disk.
            backend.close();
        }
    }
}
