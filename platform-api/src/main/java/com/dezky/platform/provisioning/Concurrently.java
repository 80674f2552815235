package com.dezky.platform.provisioning;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Two independent upstream calls at once ({@link ProvisioningThreads}), so that a slow upstream costs its
 * delay once rather than twice. The first failure is rethrown as it was thrown.
 */
final class Concurrently {

    record Both<A, B>(A first, B second) {
    }

    private Concurrently() {
    }

    static <A, B> Both<A, B> both(Supplier<A> first, Supplier<B> second) {
        try (ExecutorService threads = ProvisioningThreads.perTask("provisioning-call-")) {
            Future<A> a = threads.submit(first::get);
            Future<B> b = threads.submit(second::get);
            return new Both<>(result(a), result(b));
        }
    }

    private static <T> T result(Future<T> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
