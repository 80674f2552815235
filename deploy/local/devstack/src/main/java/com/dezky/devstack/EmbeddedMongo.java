package com.dezky.devstack;

import com.dezky.embedded.EmbeddedMongoStore;
import de.bwaldvogel.mongo.MongoServer;
import java.nio.file.Files;
import java.nio.file.Path;

/** The local stack's MongoDB: the embedded store on a file in the data directory, so data survives restarts. */
final class EmbeddedMongo implements DevstackService {

    private final int port;
    private final Path file;
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
        server = EmbeddedMongoStore.onFile(file);
        server.bind("127.0.0.1", port);
    }

    @Override
    public String describe() {
        return "mongodb://127.0.0.1:" + port + "  (embedded, data in " + file + ")";
    }

    @Override
    public void close() {
        if (server != null) {
            // Also closes the store, which writes the last changes to the file.
            server.shutdownNow();
        }
    }
}
