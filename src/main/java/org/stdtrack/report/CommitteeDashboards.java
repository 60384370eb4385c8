package org.stdtrack.report;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stdtrack.identity.AppUser;
import org.stdtrack.identity.Role;
import org.stdtrack.plan.WorkPlans;
import org.stdtrack.policy.ProgrammeClock;
import org.stdtrack.problem.ApiException;
import org.stdtrack.programme.ReferenceData;
import org.stdtrack.standard.ActionHolders;
import org.stdtrack.standard.LifecycleEvent;
import org.stdtrack.standard.LifecycleTask;
import org.stdtrack.standard.Stage;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardRepository;

/**
 * What a committee's secretariat looks at first (issue 33): its standards in development by stage with who each
 * waits on, the longest waiting first; tasks past their due date; standards behind their work plan; consultations
 * and ballots closing within the week. Its stage counts are the stage report's (the same count, of one
 * committee). An approver's dashboard is the same picture of the standards whose open task waits on the
 * approver's body, across committees.
 *
 * <p>Each stage lists its longest waiting ({@code perStage}, 50 unless asked), each other section its first
 * {@link #SECTION_LISTED}, and a ballot's votes are one holder: a committee of hundreds of standards in development
 * and thousands of votes stays a page to read (issue 34; decision 0055). It reads only what it may list: the
 * standards are placed and ordered by their summaries (one row each), then the few chosen read with their holders.
 */
@Service
class CommitteeDashboards {

    /** Standards in development a dashboard lists at most; beyond, it says it was cut ({@code truncated}). */
    static final int MAX_LISTED = 5000;

    /** Standards each stage lists unless asked otherwise, and the most that may be asked for. */
    static final int PER_STAGE = 50;

    static final int MAX_PER_STAGE = 500;

    /** Entries the sections past due, behind the work plan and closing this week list at most. */
    static final int SECTION_LISTED = 100;

    private static final Duration WEEK = Duration.ofDays(7);
    private static final List<Stage> DEVELOPMENT =
            List.of(Stage.values()).stream().filter(Stage::isInDevelopment).toList();

    /** A standard as the dashboard lists it, with who it waits on and for how long (the oldest holder's days). */
    @Schema(name = "DashboardItem")
    record Item(
            long id,
            String committee,
            String title,
            String titleZh,
            String number,
            Stage stage,
            String stageCode,
            boolean overdue,
            boolean behindWorkPlan,
            Long daysWaiting,
            List<ActionHolders.ActionHolder> actionHolders,
            ActionHolders.WaitingFor waitingFor) {}

    /** A stage's count (the stage report's) and its longest waiting standards, at most the asked number. */
    @Schema(name = "DashboardStage")
    record StageGroup(Stage stage, long count, List<Item> standards) {}

    @Schema(name = "PastDueTask")
    record PastDue(long standardId, String title, ActionHolders.ActionHolder holder, long daysPastDue) {}

    enum Closes {
        CONSULTATION,
        BALLOT
    }

    @Schema(name = "ClosingSoon")
    record Closing(long standardId, String title, Closes closes, Instant closesAt) {}

    @Schema(name = "CommitteeDashboard")
    record Dashboard(
            String committee,
            String programme,
            Instant asOf,
            Map<Stage, Long> byStage,
            List<StageGroup> stages,
            List<PastDue> pastDue,
            List<Item> behindWorkPlan,
            List<Closing> closingThisWeek,
            boolean truncated) {}

    private final StandardRepository standards;
    private final ActionHolders actionHolders;
    private final StageCounts counts;
    private final ReferenceData referenceData;
    private final ProgrammeClock clock;
    private final JdbcClient jdbc;

    CommitteeDashboards(
            StandardRepository standards,
            ActionHolders actionHolders,
            StageCounts counts,
            ReferenceData referenceData,
            ProgrammeClock clock,
            JdbcClient jdbc) {
        this.standards = standards;
        this.actionHolders = actionHolders;
        this.counts = counts;
        this.referenceData = referenceData;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** Who may read a committee's dashboard: its secretariat, administrators and the programme's managers. */
    static boolean mayRead(AppUser user, String committee, String programme) {
        return user.isAdmin()
                || user.has(Role.SECRETARIAT, committee)
                || (programme != null && user.managesProgramme(programme));
    }

    @Transactional(readOnly = true)
    Dashboard committee(AppUser user, String committee, String programme, int perStage) {
        if (referenceData.committee(committee).isEmpty()) {
            throw ApiException.notFound("There is no committee " + committee + ".")
                    .withText("problem.dashboard.noCommittee", committee);
        }
        if (programme != null) {
            referenceData.requireProgramme(programme);
        }
        if (!mayRead(user, committee, programme)) {
            throw ApiException.forbidden("A committee's dashboard is for its secretariat, administrators and the"
                            + " programme's managers.")
                    .withText("problem.dashboard.notYours");
        }
        List<StandardRepository.Placed> developing = standards.inDevelopment(committee, programme, MAX_LISTED + 1);
        boolean truncated = developing.size() > MAX_LISTED;
        return dashboard(
                user,
                committee,
                programme,
                counts.ofCommittee(committee, programme),
                truncated ? developing.subList(0, MAX_LISTED) : developing,
                behindWorkPlan(committee, programme),
                perStage,
                truncated);
    }

    /**
     * What waits on the user's approving body (SAC, MIIT, a competent department) across committees: the
     * standards with an open task offered to one of its groups, as a committee's dashboard shows them.
     */
    @Transactional(readOnly = true)
    Dashboard approver(AppUser user, int perStage) {
        if (!user.isAdmin() && !user.has(Role.APPROVER_SAC) && !user.has(Role.APPROVER_MIIT)) {
            throw ApiException.forbidden("The approver's dashboard is for SAC's and MIIT's approvers.")
                    .withText("problem.dashboard.notApprover");
        }
        Set<String> groups = user.engineGroups();
        List<Long> ids = jdbc.sql("""
                        select distinct t.standard_id from open_task t
                        join open_task_candidate c on c.task_id = t.task_id
                        where t.standard_id is not null and c.group_id in (%s)
                        order by t.standard_id limit %d""".formatted(
                        groups.isEmpty()
                                ? "null"
                                : String.join(
                                        ", ", groups.stream().map(g -> "?").toList()),
                        MAX_LISTED + 1))
                .params(List.copyOf(groups))
                .query(Long.class)
                .list();
        boolean truncated = ids.size() > MAX_LISTED;
        List<StandardRepository.Placed> waiting = standards.placed(truncated ? ids.subList(0, MAX_LISTED) : ids);
        Map<Stage, Long> byStage = StageCounts.zeros();
        waiting.forEach(s -> byStage.merge(s.stage(), 1L, Long::sum));
        return dashboard(user, null, null, byStage, waiting, Set.of(), perStage, truncated);
    }

    private Dashboard dashboard(
            AppUser user,
            String committee,
            String programme,
            Map<Stage, Long> byStage,
            List<StandardRepository.Placed> developing,
            Set<Long> behind,
            int perStage,
            boolean truncated) {
        Instant now = clock.now();
        Map<Long, ActionHolders.Summary> summaries = actionHolders.summaries(
                developing.stream().map(StandardRepository.Placed::id).toList());
        List<Standard> read = List.copyOf(standards
                .find(toRead(developing, summaries, behind, now, perStage))
                .values());
        Map<Long, ActionHolders.Waiting> waiting = actionHolders.of(user, read, ActionHolders.Votes.COUNTED);
        List<Item> items = read.stream()
                .map(s -> item(s, waiting.getOrDefault(s.id(), ActionHolders.Waiting.NOTHING), behind, now))
                .sorted(Comparator.comparing(Item::id, longestWaitingFirst(summaries)))
                .toList();
        List<StageGroup> stages = DEVELOPMENT.stream()
                .map(stage -> new StageGroup(
                        stage,
                        byStage.getOrDefault(stage, 0L),
                        items.stream()
                                .filter(i -> i.stage() == stage)
                                .limit(perStage)
                                .toList()))
                .toList();
        List<PastDue> pastDue = new ArrayList<>();
        List<Closing> closing = new ArrayList<>();
        Predicate<Instant> thisWeek = at -> closesThisWeek(at, now);
        for (Item item : items) {
            for (ActionHolders.ActionHolder h : item.actionHolders()) {
                if (h.isPastDue(now)) {
                    pastDue.add(new PastDue(
                            item.id(),
                            item.title(),
                            h,
                            Duration.between(h.due(), now).toDays()));
                }
                if (LifecycleTask.CAST_VOTE.is(h.task()) && h.due() != null && thisWeek.test(h.due())) {
                    closing.add(new Closing(item.id(), item.title(), Closes.BALLOT, h.due()));
                }
            }
            ActionHolders.WaitingFor w = item.waitingFor();
            if (w != null && LifecycleEvent.CONSULTATION_CLOSED.is(w.event()) && thisWeek.test(w.until())) {
                closing.add(new Closing(item.id(), item.title(), Closes.CONSULTATION, w.until()));
            }
        }
        return new Dashboard(
                committee,
                programme,
                now,
                byStage,
                stages,
                pastDue.stream()
                        .sorted(Comparator.comparing(p -> p.holder().due()))
                        .limit(SECTION_LISTED)
                        .toList(),
                items.stream()
                        .filter(Item::behindWorkPlan)
                        .limit(SECTION_LISTED)
                        .toList(),
                closing.stream()
                        .sorted(Comparator.comparing(Closing::closesAt))
                        .limit(SECTION_LISTED)
                        .toList(),
                truncated);
    }

    /** Standards by id, the oldest holder first; standards waiting on no one (a timer) after them. */
    private static Comparator<Long> longestWaitingFirst(Map<Long, ActionHolders.Summary> summaries) {
        return Comparator.comparing(
                        (Long id) ->
                                summaries.containsKey(id) ? summaries.get(id).since() : null,
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Comparator.naturalOrder());
    }

    /**
     * The standards a dashboard reads of a committee's thousands, from their summaries: each stage's {@code
     * perStage} longest waiting, and every one that may be among the first {@link #SECTION_LISTED} of a section
     * (the soonest past due, the ballots closing soonest this week, the longest waiting behind their work plan),
     * and the consultations no one has a task in (when they close, only their process's timer knows).
     */
    static Set<Long> toRead(
            List<StandardRepository.Placed> developing,
            Map<Long, ActionHolders.Summary> summaries,
            Set<Long> behind,
            Instant now,
            int perStage) {
        Comparator<Long> longestWaiting = longestWaitingFirst(summaries);
        Set<Long> read = new HashSet<>();
        for (Stage stage : DEVELOPMENT) {
            developing.stream()
                    .filter(s -> s.stage() == stage)
                    .map(StandardRepository.Placed::id)
                    .sorted(longestWaiting)
                    .limit(perStage)
                    .forEach(read::add);
        }
        soonest(summaries, ActionHolders.Summary::soonestDue, due -> due.isBefore(now))
                .forEach(read::add);
        soonest(summaries, ActionHolders.Summary::ballotDue, due -> closesThisWeek(due, now))
                .forEach(read::add);
        developing.stream()
                .map(StandardRepository.Placed::id)
                .filter(behind::contains)
                .sorted(longestWaiting)
                .limit(SECTION_LISTED)
                .forEach(read::add);
        developing.stream()
                .filter(s -> s.stage() == Stage.CONSULTATION && !summaries.containsKey(s.id()))
                .forEach(s -> read.add(s.id()));
        return read;
    }

    private static boolean closesThisWeek(Instant at, Instant now) {
        return !at.isBefore(now) && at.isBefore(now.plus(WEEK));
    }

    /** The first {@link #SECTION_LISTED} standards by this date of their summary, of those where it is one asked. */
    private static List<Long> soonest(
            Map<Long, ActionHolders.Summary> summaries,
            Function<ActionHolders.Summary, Instant> date,
            Predicate<Instant> asked) {
        return summaries.entrySet().stream()
                .filter(e -> date.apply(e.getValue()) != null && asked.test(date.apply(e.getValue())))
                .sorted(Comparator.comparing((Map.Entry<Long, ActionHolders.Summary> e) -> date.apply(e.getValue()))
                        .thenComparing(Map.Entry::getKey))
                .limit(SECTION_LISTED)
                .map(Map.Entry::getKey)
                .toList();
    }

    private static Item item(Standard s, ActionHolders.Waiting waiting, Set<Long> behind, Instant now) {
        Long days = waiting.actionHolders().stream()
                .map(ActionHolders.ActionHolder::daysWaiting)
                .max(Comparator.naturalOrder())
                .orElse(null);
        return new Item(
                s.id(),
                s.committee(),
                s.title(),
                s.titleZh(),
                s.publishedNumber() != null ? s.publishedNumber() : s.planNumber(),
                s.stage(),
                s.stageCode(),
                s.isOverdue(now),
                behind.contains(s.id()),
                days,
                waiting.actionHolders(),
                waiting.waitingFor());
    }

    /** The committee's standards past a target of their work plan they have not reached (the overdue report's). */
    private Set<Long> behindWorkPlan(String committee, String programme) {
        return new HashSet<>(jdbc.sql("select s.id from standard s where s.committee_code = ?"
                        + (programme == null ? "" : " and s.programme_code = ?") + " and " + WorkPlans.behindSql())
                .params(
                        programme == null
                                ? List.of(committee, clock.today())
                                : List.of(committee, programme, clock.today()))
                .query(Long.class)
                .list());
    }
}
