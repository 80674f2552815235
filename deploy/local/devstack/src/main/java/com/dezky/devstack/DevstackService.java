package com.dezky.devstack;

/**
 * One backend that devstack runs in-process on loopback: the MongoDB-compatible store, the
 * sandbox upstreams (Authentik, Stalwart, OCIS) and the dev identity provider.
 */
interface DevstackService extends AutoCloseable {

    String name();

    void start() throws Exception;

    /** Where it listens and how to use it, printed once it has started. */
    String describe();

    @Override
    void close();
}
