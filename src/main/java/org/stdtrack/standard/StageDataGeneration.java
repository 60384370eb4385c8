package org.stdtrack.standard;

import java.util.function.Supplier;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.stdtrack.persistence.KeptValues;

/**
 * The generation of what stage counts are made of: each standard's stage, its stage history, its programme,
 * committee, domain and type. Every transaction that changes any of them advances it once, as the last thing
 * before it commits, holding the one row's lock until it has: a reader that sees generation n sees every change
 * of generations up to n, so counts made at n are right for as long as the generation is n. A report of 150,000
 * standards is then counted once per change, not once per reader (decision 0054).
 */
@Component
public class StageDataGeneration {

    private final JdbcClient jdbc;

    StageDataGeneration(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The generation now (read before counting: counts may then be newer than it, never older). */
    public long current() {
        return jdbc.sql("select generation from stage_data_generation where id = 1")
                .query(Long.class)
                .single();
    }

    /** Values made from stage data, each kept until the generation passes the one it was made at. */
    public <K, V> Kept<K, V> kept(int entries) {
        return new Kept<>(entries);
    }

    /**
     * Values kept by key and by the generation they were made at: a value of a passed generation is never asked
     * for again, and ages out of the least recently used. Shared between readers ({@link KeptValues}).
     */
    public final class Kept<K, V> {

        private record AtGeneration<K>(K key, long generation) {}

        private final KeptValues<AtGeneration<K>, V> values;

        private Kept(int size) {
            values = new KeptValues<>(size);
        }

        public V get(K key, Supplier<V> make) {
            return values.get(new AtGeneration<>(key, current()), make);
        }
    }

    /** The caller's transaction changes stage data: the generation advances when it commits. */
    void advance() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            increment();
            return;
        }
        // Once per transaction, known by a resource bound to it (not by scanning its synchronizations: an import
        // registers one per standard, and scanning them at every standard cost a quarter of the import).
        if (!TransactionSynchronizationManager.hasResource(this)) {
            Advance advance = new Advance();
            TransactionSynchronizationManager.bindResource(this, advance);
            TransactionSynchronizationManager.registerSynchronization(advance);
        }
    }

    private final class Advance implements TransactionSynchronization {
        @Override
        public int getOrder() {
            // After every other synchronization's work before the commit: the row's lock is held only while the
            // transaction commits, and never while this transaction waits for another lock.
            return Ordered.LOWEST_PRECEDENCE;
        }

        /** An inner, new transaction advances on its own: it must not see this one's mark. */
        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResource(StageDataGeneration.this);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(StageDataGeneration.this, this);
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            increment();
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(StageDataGeneration.this);
        }
    }

    private void increment() {
        jdbc.sql("update stage_data_generation set generation = generation + 1 where id = 1")
                .update();
    }
}
