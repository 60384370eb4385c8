package org.stdtrack.standard;

import static org.stdtrack.persistence.Timestamps.toDb;

import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the plan fixes for a standard, as its steps record it: the plan number, the development clock (started,
 * extended, stopped by the submission for approval), the plan's changes and the approval notice. The record
 * itself is {@link StandardRepository}'s.
 */
@Repository
public class StandardPlan {

    private final JdbcClient jdbc;

    private final StageDataGeneration generation;

    StandardPlan(JdbcClient jdbc, StageDataGeneration generation) {
        this.jdbc = jdbc;
        this.generation = generation;
    }

    /** The approver's plan number, before the plan takes effect. */
    public void assignPlanNumber(long id, String planNumber) {
        jdbc.sql("update standard set plan_number = ? where id = ?")
                .params(planNumber, id)
                .update();
    }

    public void startDevelopment(long id, String planNumber, Instant startedAt, Instant dueAt) {
        jdbc.sql("update standard set plan_number = ?, development_started_at = ?, development_due_at = ? where id = ?")
                .params(planNumber, toDb(startedAt), toDb(dueAt), id)
                .update();
    }

    /** A granted extension: the development clock now runs out later. */
    public void extendDevelopment(long id, Instant newDueAt) {
        jdbc.sql("update standard set development_due_at = ? where id = ?")
                .params(toDb(newDueAt), id)
                .update();
    }

    /** A change of the plan: each value given replaces the standard's, the others stay. */
    public void changePlan(long id, String title, String titleZh, String leadOrganisation, String committee) {
        jdbc.sql("""
                update standard set title = coalesce(?, title), title_zh = coalesce(?, title_zh),
                    lead_organisation_code = coalesce(?, lead_organisation_code),
                    committee_code = coalesce(?, committee_code)
                where id = ?""").params(title, titleZh, leadOrganisation, committee, id).update();
        if (committee != null) {
            generation.advance();
        }
    }

    public void recordApprovalNotice(long id, Instant endsAt) {
        jdbc.sql("update standard set approval_notice_ends_at = ? where id = ?")
                .params(toDb(endsAt), id)
                .update();
    }

    public void markSubmittedForApproval(long id, Instant at) {
        jdbc.sql("update standard set submitted_for_approval_at = ? where id = ?")
                .params(toDb(at), id)
                .update();
    }
}
