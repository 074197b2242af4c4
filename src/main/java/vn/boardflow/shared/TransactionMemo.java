package vn.boardflow.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Values read once per transaction: one command checks the user's access several times (its own check, the task it
 * completes, the events that follow), and each check would read the same rows again. The next transaction reads them
 * afresh, so a change made meanwhile takes effect with the user's next action. Outside a transaction nothing is kept.
 *
 * @param <K> what a value is worked out for, a user's id for instance
 * @param <V> the value
 */
public final class TransactionMemo<K, V> {

    private final Function<K, V> source;

    public TransactionMemo(Function<K, V> source) {
        this.source = source;
    }

    public V get(K key) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return source.apply(key);
        }
        Map<K, V> kept = kept();
        V value = kept.get(key);
        if (value == null) {
            value = source.apply(key);
            kept.put(key, value);
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private Map<K, V> kept() {
        Map<K, V> kept = (Map<K, V>) TransactionSynchronizationManager.getResource(this);
        if (kept == null) {
            Map<K, V> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(this, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(TransactionMemo.this);
                }
            });
            kept = fresh;
        }
        return kept;
    }
}
