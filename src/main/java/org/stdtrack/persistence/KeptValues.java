package org.stdtrack.persistence;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Values that cost much to make, kept by everything they depend on: at most so many, the least recently asked
 * for dropped first; one being made is waited for, not made again. Values are shared between readers: the key
 * must hold all they depend on, and they must not be changed once made.
 */
public final class KeptValues<K, V> {

    private final Map<K, CompletableFuture<V>> kept;

    public KeptValues(int size) {
        kept = new LinkedHashMap<>(size, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, CompletableFuture<V>> eldest) {
                return size() > size;
            }
        };
    }

    public V get(K key, Supplier<V> make) {
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> found;
        synchronized (kept) {
            found = kept.putIfAbsent(key, mine);
        }
        if (found != null) {
            try {
                return found.join();
            } catch (CompletionException e) {
                // The reader making it failed (and was told why); this one makes its own.
                return make.get();
            }
        }
        try {
            V value = make.get();
            mine.complete(value);
            return value;
        } catch (RuntimeException e) {
            synchronized (kept) {
                kept.remove(key, mine);
            }
            mine.completeExceptionally(e);
            throw e;
        }
    }
}
