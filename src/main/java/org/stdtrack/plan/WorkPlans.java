package org.stdtrack.plan;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stdtrack.audit.AuditAction;
import org.stdtrack.audit.AuditTrail;
import org.stdtrack.identity.AppUser;
import org.stdtrack.identity.Role;
import org.stdtrack.policy.Policy;
import org.stdtrack.policy.ProgrammeClock;
import org.stdtrack.problem.ApiException;
import org.stdtrack.standard.LifecycleTask;
import org.stdtrack.standard.Stage;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardAccess;

/**
 * A project's work plan, part of its proposal package since 2023: a target date for each development
 * milestone. The committee's secretariat sets it until the plan takes effect; from then it stands as planned
 * (the development clock moves by a plan change, the targets do not). Each target is the due date of the task
 * that reaches its milestone, and a project past a target it has not reached is behind its work plan.
 */
@Service
public class WorkPlans {

    /**
     * What the project is to have done by a target date, and the lifecycle task that does it: the draft for
     * comments (drafting), the comments resolved and the draft submitted for review (consultation), the
     * review passed (technical review), the package submitted for approval (approval).
     */
    public enum Milestone {
        DRAFTING(Stage.DRAFTING, LifecycleTask.SUBMIT_DRAFT),
        CONSULTATION(Stage.CONSULTATION, LifecycleTask.RESOLVE_COMMENTS),
        TECHNICAL_REVIEW(Stage.TECHNICAL_REVIEW, LifecycleTask.HOLD_REVIEW_MEETING),
        APPROVAL(Stage.APPROVAL, LifecycleTask.SUBMIT_FOR_APPROVAL);

        private final Stage stage;
        private final String taskKey;

        Milestone(Stage stage, LifecycleTask task) {
            this.stage = stage;
            this.taskKey = task.id();
        }

        public String taskKey() {
            return taskKey;
        }

        /** Reached: the standard has left the milestone's stage forward, or (approval) been submitted. */
        public boolean reachedBy(Standard standard) {
            if (this == APPROVAL && standard.submittedForApprovalAt() != null) {
                return true;
            }
            return standard.stage() != Stage.CANCELLED && !notYetPast(standard.stage());
        }

        private boolean notYetPast(Stage current) {
            return current.ordinal() <= stage.ordinal();
        }

        /** {@link #reachedBy} negated, as SQL on the {@code standard} table aliased {@code s}. */
        private String notReachedSql() {
            String stages = Arrays.stream(Stage.values())
                    .filter(this::notYetPast)
                    .map(s -> "'" + s.name() + "'")
                    .collect(Collectors.joining(", "));
            return "s.stage in (" + stages + ")" + (this == APPROVAL ? " and s.submitted_for_approval_at is null" : "");
        }
    }

    /** REACHED; DUE: not yet, its date to come; LATE: not reached by its date. */
    public enum Status {
        REACHED,
        DUE,
        LATE
    }

    public record Target(Milestone milestone, LocalDate targetOn, Status status) {}

    /** The secretariat's targets: one date for each milestone, in the milestones' order. */
    public record WorkPlanRequest(@NotNull Map<Milestone, LocalDate> targets) {}

    /**
     * A standard in development behind its work plan: past a target it has not reached, at the day bound
     * to the condition's one parameter. On the {@code standard} table aliased {@code s}.
     */
    public static String behindSql() {
        return "s.stage <> '" + Stage.CANCELLED.name()
                + "' and exists (select 1 from work_plan_target w where w.standard_id = s.id"
                + " and w.target_on < ? and ("
                + Arrays.stream(Milestone.values())
                        .map(m -> "(w.milestone = '" + m.name() + "' and " + m.notReachedSql() + ")")
                        .collect(Collectors.joining(" or "))
                + "))";
    }

    private final JdbcClient jdbc;
    private final StandardAccess access;
    private final AuditTrail audit;
    private final ProgrammeClock clock;
    private final Policy policy;

    WorkPlans(JdbcClient jdbc, StandardAccess access, AuditTrail audit, ProgrammeClock clock, Policy policy) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.policy = policy;
    }

    /** Whether the user sets the standard's work plan now: its secretariat, until the plan takes effect. */
    public boolean maySet(AppUser user, Standard standard) {
        return user.has(Role.SECRETARIAT, standard.committee()) && isOpen(standard);
    }

    private static boolean isOpen(Standard standard) {
        return standard.developmentStartedAt() == null && standard.stage() != Stage.CANCELLED;
    }

    public List<Target> of(AppUser user, long standardId) {
        return of(access.findWorkingMaterial(user, standardId, "work plan's targets"));
    }

    /** The standard's targets in the milestones' order, each with where the standard stands; empty for none. */
    public List<Target> of(Standard standard) {
        LocalDate today = clock.today();
        return targets(standard.id()).entrySet().stream()
                .map(e -> new Target(
                        e.getKey(),
                        e.getValue(),
                        e.getKey().reachedBy(standard)
                                ? Status.REACHED
                                : e.getValue().isBefore(today) ? Status.LATE : Status.DUE))
                .toList();
    }

    public boolean exists(long standardId) {
        return !targets(standardId).isEmpty();
    }

    /** When the task reaching the milestone is due: the end of its target day; empty without a target. */
    Optional<Instant> dueOf(long standardId, Milestone milestone) {
        return Optional.ofNullable(targets(standardId).get(milestone)).map(day -> clock.startOf(day.plusDays(1)));
    }

    /** Replaces the work plan: every milestone's date, each after today and after the one before it. */
    @Transactional
    public List<Target> set(AppUser user, long standardId, WorkPlanRequest body) {
        Standard standard = access.findLocked(user, standardId);
        if (!user.has(Role.SECRETARIAT, standard.committee())) {
            throw ApiException.forbidden(
                    "The secretariat of " + standard.committee() + " sets its projects' work plans.");
        }
        if (!isOpen(standard)) {
            throw ApiException.conflict(
                    standard.developmentStartedAt() == null
                            ? "Standard " + standardId + " is " + standard.stage() + ": it has no work plan to set."
                            : "The plan of standard " + standardId + " took effect at "
                                    + standard.developmentStartedAt()
                                    + ": its work plan stands as planned. Its development clock moves by a plan change"
                                    + " (POST /api/standards/" + standardId + "/plan-changes).");
        }
        Map<Milestone, LocalDate> targets = checked(standard, body.targets());
        jdbc.sql("delete from work_plan_target where standard_id = ?")
                .param(standardId)
                .update();
        targets.forEach((milestone, day) -> jdbc.sql(
                        "insert into work_plan_target (standard_id, milestone, target_on) values (?, ?, ?)")
                .params(standardId, milestone.name(), day)
                .update());
        audit.done(
                user.username(),
                standardId,
                AuditAction.SET_WORK_PLAN,
                null,
                targets.entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue())
                        .collect(Collectors.joining(", ")));
        return of(standard);
    }

    /**
     * Every milestone, in order, from tomorrow; the last within the development limit counted from the end of
     * the proposal's comment period as if it were approved today (the earliest its clock can start).
     */
    private Map<Milestone, LocalDate> checked(Standard standard, Map<Milestone, LocalDate> given) {
        Map<Milestone, LocalDate> targets = new EnumMap<>(Milestone.class);
        LocalDate previous = clock.today();
        String after = "today";
        for (Milestone milestone : Milestone.values()) {
            String field = "targets." + milestone.name();
            LocalDate day = given.get(milestone);
            if (day == null) {
                throw ApiException.invalid(
                        field,
                        "A work plan has a target date for each milestone: " + Arrays.toString(Milestone.values())
                                + ".");
            }
            if (!day.isAfter(previous)) {
                throw ApiException.invalid(
                        field, "The " + milestone + " target must come after " + after + " (" + previous + ").");
            }
            targets.put(milestone, day);
            previous = day;
            after = "the " + milestone + " target";
        }
        LocalDate limit = clock.dayOf(clock.after(clock.fromNow(policy.proposalCommentPeriod()), limitOf(standard)));
        if (previous.isAfter(limit)) {
            throw ApiException.invalid(
                    "targets." + Milestone.APPROVAL.name(),
                    "A " + standard.type() + " project is submitted for approval within "
                            + limitOf(standard) + " of its plan on the " + standard.track() + " track: by " + limit
                            + " if approved today.");
        }
        return targets;
    }

    private Period limitOf(Standard standard) {
        return policy.developmentLimit(standard.type(), standard.track());
    }

    private Map<Milestone, LocalDate> targets(long standardId) {
        Map<Milestone, LocalDate> targets = new EnumMap<>(Milestone.class);
        jdbc.sql("select milestone, target_on from work_plan_target where standard_id = ?")
                .param(standardId)
                .query(rs -> {
                    targets.put(Milestone.valueOf(rs.getString(1)), rs.getObject(2, LocalDate.class));
                });
        return targets;
    }
}
