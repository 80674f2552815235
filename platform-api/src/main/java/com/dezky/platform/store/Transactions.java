package com.dezky.platform.store;

import java.util.function.Supplier;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a change in one transaction, with its domain events (whose publications are written in
 * it). On a replica set two transactions that touch the same document at once make MongoDB abort
 * one with a transient error: that one is run again from the start, so it reads what the other
 * committed and answers as if it had come second (a 409 for a slug taken, a 412 for a stale
 * If-Match), never with a 500. The change must be safe to run again (each is: it reads, checks and
 * writes, and upstream calls in it are idempotent).
 */
@Component
public class Transactions {

    private static final int ATTEMPTS = 5;

    private final TransactionTemplate template;

    Transactions(PlatformTransactionManager transactions) {
        this.template = new TransactionTemplate(transactions);
    }

    public <T> T write(Supplier<T> change) {
        for (int attempt = 1; ; attempt++) {
            try {
                return template.execute(status -> change.get());
            } catch (TransientDataAccessException conflict) {
                if (attempt == ATTEMPTS) {
                    throw conflict;
                }
                pause(attempt);
            }
        }
    }

    public void write(Runnable change) {
        write(() -> {
            change.run();
            return null;
        });
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(5L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
