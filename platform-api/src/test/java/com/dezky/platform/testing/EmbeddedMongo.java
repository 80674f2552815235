package com.dezky.platform.testing;

import com.dezky.embedded.EmbeddedMongoStore;
import de.bwaldvogel.mongo.MongoServer;
import java.net.InetSocketAddress;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The embedded twin of MongoDB for tests: the local stack's store (mongo-java-server with its
 * indexes) speaking the real wire protocol in memory on a free loopback port. Needs no Docker.
 */
public final class EmbeddedMongo {

    private static final MongoServer SERVER = EmbeddedMongoStore.inMemory();
    private static final InetSocketAddress ADDRESS = bindToLoopback();

    private EmbeddedMongo() {
    }

    private static InetSocketAddress bindToLoopback() {
        SERVER.bind("127.0.0.1", 0);
        return SERVER.getLocalAddress();
    }

    public static void register(DynamicPropertyRegistry registry, String database) {
        registry.add("spring.mongodb.uri",
                () -> "mongodb://" + ADDRESS.getHostString() + ":" + ADDRESS.getPort() + "/" + database);
    }
}
