package com.dezky.platform.store;

import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

/**
 * Transaction boundaries without a transaction, for a store that has none (the embedded store of
 * the local stack): begin, commit and rollback do nothing, but synchronizations run, so that
 * after-commit event listeners and the event publication registry behave as with MongoDB's own
 * transactions. Writes are not undone on rollback.
 */
final class BoundariesOnlyTransactionManager extends AbstractPlatformTransactionManager {

    @Override
    protected Object doGetTransaction() {
        return new Object();
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
        // Nothing to begin: the store writes each document on its own.
    }

    @Override
    protected void doCommit(DefaultTransactionStatus status) {
        // Nothing to commit.
    }

    @Override
    protected void doRollback(DefaultTransactionStatus status) {
        // Nothing to roll back.
    }
}
