package com.dezky.devstack;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A MongoDB-wire-compatible server backed by an H2 MVStore file, so data survives restarts.
 * It understands enough of MongoDB for local use; production runs real MongoDB.
 */
final class EmbeddedMongo implements DevstackService {

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
        backend = new H2Backend(file.toString());
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
