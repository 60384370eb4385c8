package org.stdtrack.promotion;

import static org.stdtrack.persistence.Timestamps.toDb;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.stdtrack.policy.ProgrammeClock;
import org.stdtrack.programme.Programme;
import org.stdtrack.programme.ReferenceData;

/**
 * Tells a programme's managers when its enterprises reach 25, 50, 75 and 100 % of the target, in the reading the
 * target counts, each once: the milestone's row is written with its notice, and another node's insert of the same
 * row fails and writes nothing. Every node runs the pass ({@code stdtrack.promotion.milestone-interval}).
 */
@Component
class EnterpriseMilestones {

    private static final Logger log = LoggerFactory.getLogger(EnterpriseMilestones.class);
    static final List<Integer> PERCENTS = List.of(25, 50, 75, 100);

    private final PromotionFunnel funnel;
    private final ReferenceData referenceData;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final ProgrammeClock clock;

    EnterpriseMilestones(
            PromotionFunnel funnel,
            ReferenceData referenceData,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            ProgrammeClock clock) {
        this.funnel = funnel;
        this.referenceData = referenceData;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${stdtrack.promotion.milestone-interval:PT15M}",
            initialDelayString = "${stdtrack.promotion.milestone-interval:PT15M}")
    void checkScheduled() {
        try {
            check();
        } catch (RuntimeException e) {
            log.warn("Milestone pass failed; the next pass retries: {}", e.getMessage());
        }
    }

    /** Announces every milestone reached and not announced; returns how many were announced here. */
    int check() {
        int announced = 0;
        for (Programme p : referenceData.programmes()) {
            if (p.targetEnterprises() <= 0) {
                continue;
            }
            long toward = funnel.funnel(p.code(), null, null, null, null).towardTarget();
            for (int percent : PERCENTS) {
                if (toward * 100 >= (long) percent * p.targetEnterprises() && announce(p, percent, toward)) {
                    announced++;
                }
            }
        }
        return announced;
    }

    private boolean announce(Programme p, int percent, long toward) {
        try {
            return Boolean.TRUE.equals(transactions.execute(status -> {
                jdbc.sql("insert into promotion_milestone (programme_code, percent, reached_at, enterprises)"
                                + " values (?, ?, ?, ?)")
                        .params(p.code(), percent, toDb(clock.now()), toward)
                        .update();
                events.publishEvent(new EnterpriseMilestoneReached(
                        p.code(),
                        percent,
                        toward,
                        p.targetEnterprises(),
                        p.targetEnterprisesReading().name()));
                return true;
            }));
        } catch (DuplicateKeyException announcedAlready) {
            return false;
        }
    }
}
