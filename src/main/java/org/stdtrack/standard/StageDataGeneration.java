package org.stdtrack.standard;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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
     * At most so many values, the least recently asked for dropped first; one being made is waited for, not made
     * again. Values are shared between readers: they must not depend on who asks, nor be changed once made.
     */
    public final class Kept<K, V> {

        private record Entry<V>(long generation, CompletableFuture<V> value) {}

        private final Map<K, Entry<V>> entries;

        private Kept(int size) {
            entries = new LinkedHashMap<>(size, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<K, Entry<V>> eldest) {
                    return size() > size;
                }
            };
        }

        public V get(K key, Supplier<V> make) {
            long now = current();
            Entry<V> mine = new Entry<>(now, new CompletableFuture<>());
            Entry<V> found;
            synchronized (entries) {
                found = entries.get(key);
                if (found == null || found.generation() < now) {
                    entries.put(key, mine);
                    found = null;
                }
            }
            if (found != null) {
                try {
                    return found.value().join();
                } catch (CompletionException e) {
                    // The reader making it failed (and said why); this one makes its own.
                    return make.get();
                }
            }
            try {
                V value = make.get();
                mine.value().complete(value);
                return value;
            } catch (RuntimeException e) {
                synchronized (entries) {
                    entries.remove(key, mine);
                }
                mine.value().completeExceptionally(e);
                throw e;
            }
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
