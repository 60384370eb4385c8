package org.stdtrack.standard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.stdtrack.support.OnH2;

/**
 * The stage data's generation advances once for each transaction that changed stage data and committed, never
 * for one rolled back; a value kept for a generation is made again once it has passed.
 */
@OnH2
class StageDataGenerationOnH2Test {

    @Autowired
    StageDataGeneration generation;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aCommittedChangeAdvancesItOnceAndARolledBackOneNever() {
        long start = generation.current();
        transactions.executeWithoutResult(status -> {
            generation.advance();
            generation.advance();
            generation.advance();
            assertThat(generation.current())
                    .as("not before the transaction commits")
                    .isEqualTo(start);
        });
        assertThat(generation.current()).isEqualTo(start + 1);

        transactions.executeWithoutResult(status -> {
            generation.advance();
            status.setRollbackOnly();
        });
        assertThat(generation.current()).isEqualTo(start + 1);

        generation.advance();
        assertThat(generation.current()).as("outside a transaction, at once").isEqualTo(start + 2);
    }

    @Test
    void anInnerNewTransactionAdvancesItOnItsOwn() {
        long start = generation.current();
        TransactionTemplate inner = new TransactionTemplate(transactions.getTransactionManager());
        inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        transactions.executeWithoutResult(status -> {
            generation.advance();
            inner.executeWithoutResult(innerStatus -> generation.advance());
            assertThat(generation.current())
                    .as("the inner transaction's change, committed")
                    .isEqualTo(start + 1);
            generation.advance();
        });
        assertThat(generation.current()).as("and the outer one's, once").isEqualTo(start + 2);
        transactions.executeWithoutResult(status -> generation.advance());
        assertThat(generation.current())
                .as("a later transaction starts unmarked")
                .isEqualTo(start + 3);
    }

    @Test
    void aKeptValueIsMadeOncePerGeneration() {
        StageDataGeneration.Kept<String, Integer> kept = generation.kept(2);
        AtomicInteger made = new AtomicInteger();
        assertThat(kept.get("counts", made::incrementAndGet)).isEqualTo(1);
        assertThat(kept.get("counts", made::incrementAndGet)).isEqualTo(1);

        generation.advance();
        assertThat(kept.get("counts", made::incrementAndGet))
                .as("made again once the stage data changed")
                .isEqualTo(2);
        assertThat(kept.get("other", made::incrementAndGet)).isEqualTo(3);
        assertThat(kept.get("third", made::incrementAndGet)).isEqualTo(4);
        assertThat(kept.get("counts", made::incrementAndGet))
                .as("the least recently asked for was dropped")
                .isEqualTo(5);
    }
}
