package com.dezky.platform.provisioning;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A thread per provisioning task, a platform thread and not a virtual one. A first provisioning
 * builds each upstream's client (a child application context, many classes loaded from the nested
 * jar); virtual threads loading classes stay pinned to their carrier while they wait for the jar's
 * lock, and with two cores both carriers were pinned behind a virtual thread that held the lock
 * and had no carrier left to run on: platform-api stopped answering (seen in CI).
 */
final class ProvisioningThreads {

    private ProvisioningThreads() {
    }

    static ExecutorService perTask(String name) {
        return Executors.newThreadPerTaskExecutor(Thread.ofPlatform().name(name, 0).daemon().factory());
    }
}
