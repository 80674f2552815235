package com.dezky.devstack;

/**
 * One backend that devstack runs in-process on loopback. The MongoDB-compatible store and the
 * dev identity provider are the first; sandbox upstreams (Authentik, Stalwart, OCIS) join here.
 */
interface DevstackService extends AutoCloseable {

    String name();

    void start() throws Exception;

    /** Where it listens and how to use it, printed once it has started. */
    String describe();

    @Override
    void close();
}
