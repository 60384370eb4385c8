package org.stdtrack.standard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stdtrack.persistence.Timestamps;
import org.stdtrack.support.Journeys;

/**
 * The plan's statements on each database, below the lifecycle suite that drives them through the model (it
 * runs once, on PostgreSQL): each step writes its own columns and leaves the others as they were.
 */
abstract class StandardPlanTest {

    private static final Instant STARTED = Instant.parse("2026-03-02T08:00:00Z");

    @Autowired
    StandardPlan plan;

    @Autowired
    Journeys journeys;

    @Autowired
    JdbcClient jdbc;

    @Test
    void eachStepOfThePlanWritesItsOwnColumns() {
        long id = journeys.registerNational("Plan columns");
        Instant due = STARTED.plus(400, ChronoUnit.DAYS);

        String assigned = Journeys.nextPlanNumber();
        String started = Journeys.nextPlanNumber();

        plan.assignPlanNumber(id, assigned);
        assertThat(column(id, "plan_number")).isEqualTo(assigned);
        plan.startDevelopment(id, started, STARTED, due);
        plan.extendDevelopment(id, due.plus(180, ChronoUnit.DAYS));
        plan.recordApprovalNotice(id, due.plus(30, ChronoUnit.DAYS));
        plan.markSubmittedForApproval(id, due.minus(10, ChronoUnit.DAYS));

        assertThat(column(id, "plan_number")).isEqualTo(started);
        assertThat(instant(id, "development_started_at")).isEqualTo(STARTED);
        assertThat(instant(id, "development_due_at")).isEqualTo(due.plus(180, ChronoUnit.DAYS));
        assertThat(instant(id, "approval_notice_ends_at")).isEqualTo(due.plus(30, ChronoUnit.DAYS));
        assertThat(instant(id, "submitted_for_approval_at")).isEqualTo(due.minus(10, ChronoUnit.DAYS));
    }

    @Test
    void aChangeOfThePlanReplacesOnlyTheValuesItGives() {
        long id = journeys.registerNational("Plan before the change");
        String titleZh = column(id, "title_zh");
        String lead = column(id, "lead_organisation_code");

        plan.changePlan(id, "Plan after the change", null, null, null);

        assertThat(column(id, "title")).isEqualTo("Plan after the change");
        assertThat(column(id, "title_zh")).isEqualTo(titleZh);
        assertThat(column(id, "lead_organisation_code")).isEqualTo(lead).isNotNull();
        assertThat(column(id, "committee_code")).isEqualTo("TC28-SC38");
    }

    private String column(long id, String column) {
        return jdbc.sql("select " + column + " from standard where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    private Instant instant(long id, String column) {
        return jdbc.sql("select " + column + " from standard where id = ?")
                .param(id)
                .query((rs, n) -> Timestamps.instant(rs, column))
                .single();
    }
}
