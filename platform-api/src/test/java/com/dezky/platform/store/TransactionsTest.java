package com.dezky.platform.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;

class TransactionsTest {

    final AtomicInteger commits = new AtomicInteger();
    final AtomicInteger rollbacks = new AtomicInteger();
    final Transactions transactions = new Transactions(new PlatformTransactionManager() {
        @Override
        public TransactionStatus getTransaction(TransactionDefinition definition) {
            return new SimpleTransactionStatus();
        }

        @Override
        public void commit(TransactionStatus status) {
            commits.incrementAndGet();
        }

        @Override
        public void rollback(TransactionStatus status) {
            rollbacks.incrementAndGet();
        }
    });

    @Test
    void writeWhenAConcurrentTransactionConflictsThenRunsTheChangeAgainUntilItCommits() {
        AtomicInteger runs = new AtomicInteger();

        String result = transactions.write(() -> {
            if (runs.incrementAndGet() < 3) {
                throw new TransientDataAccessResourceException("WriteConflict");
            }
            return "written";
        });

        assertThat(result).isEqualTo("written");
        assertThat(runs).hasValue(3);
        assertThat(rollbacks).hasValue(2);
        assertThat(commits).hasValue(1);
    }

    @Test
    void writeWhenConflictsPersistThenGivesUpAfterFiveAttempts() {
        AtomicInteger runs = new AtomicInteger();

        assertThatThrownBy(() -> transactions.write(() -> {
            runs.incrementAndGet();
            throw new TransientDataAccessResourceException("WriteConflict");
        })).isInstanceOf(TransientDataAccessResourceException.class);

        assertThat(runs).hasValue(5);
        assertThat(commits).hasValue(0);
    }

    @Test
    void writeWhenTheChangeFailsForGoodThenNeverRunsItAgain() {
        AtomicInteger runs = new AtomicInteger();

        assertThatThrownBy(() -> transactions.write(() -> {
            runs.incrementAndGet();
            throw new DuplicateKeyException("slug taken");
        })).isInstanceOf(DuplicateKeyException.class);

        assertThat(runs).hasValue(1);
        assertThat(rollbacks).hasValue(1);
    }
}
