package org.stdtrack.tasks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stdtrack.engine.EngineTimers;
import org.stdtrack.engine.Processes;
import org.stdtrack.identity.AppUser;
import org.stdtrack.identity.EngineGroups;
import org.stdtrack.identity.Role;
import org.stdtrack.policy.ProgrammeClock;
import org.stdtrack.standard.ActionHolders;
import org.stdtrack.standard.LifecycleTask;
import org.stdtrack.standard.Standard;

/**
 * Action holders from the open-task projection (one query for a page of standards), and, for a standard no one
 * has a task in, its process's soonest timer (one engine query). A claimed task names its claimant, an
 * unclaimed one its candidate group; a ballot's votes name each voter only to those who run the process (the
 * committee's secretariat, administrators), as the task list does, and are counted for everyone else (and for
 * every reader where {@link Votes#COUNTED} is asked for).
 */
@Service
class ActionHolderList implements ActionHolders {

    /** The holder of a ballot's votes, as readers who may not know who has yet to vote see it. */
    static final String VOTING_MEMBERS = "votingMembers";

    private final OpenTaskProjection openTasks;
    private final EngineTimers timers;
    private final Processes processes;
    private final ProgrammeClock clock;

    ActionHolderList(OpenTaskProjection openTasks, EngineTimers timers, Processes processes, ProgrammeClock clock) {
        this.openTasks = openTasks;
        this.timers = timers;
        this.processes = processes;
        this.clock = clock;
    }

    /** Whether the reader runs the standard's process and so sees every task in it, votes included. */
    static boolean runsProcess(AppUser reader, Standard standard) {
        return reader.isAdmin() || reader.has(Role.SECRETARIAT, standard.committee());
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Waiting> of(AppUser reader, List<Standard> standards, Votes votes) {
        List<Standard> developing =
                standards.stream().filter(s -> s.stage().isInDevelopment()).toList();
        if (developing.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<OpenTaskProjection.Row>> rows = new HashMap<>();
        openTasks
                .ofStandards(developing.stream().map(Standard::id).toList())
                .forEach(r -> rows.computeIfAbsent(r.standardId(), id -> new ArrayList<>())
                        .add(r));
        Map<String, Set<String>> groups = openTasks.candidateGroupsOfStandards(
                developing.stream().map(Standard::id).toList());
        Map<String, EngineTimers.PendingTimer> waiting = timers.soonest(developing.stream()
                .filter(s -> !rows.containsKey(s.id()) && s.processInstanceId() != null)
                .map(Standard::processInstanceId)
                .toList());
        Instant now = clock.now();
        Map<Long, Waiting> result = new LinkedHashMap<>();
        for (Standard s : developing) {
            List<OpenTaskProjection.Row> open = rows.getOrDefault(s.id(), List.of());
            // A standard without a process (its row alone, as a repair may leave it) waits for no timer.
            EngineTimers.PendingTimer timer =
                    open.isEmpty() && s.processInstanceId() != null ? waiting.get(s.processInstanceId()) : null;
            result.put(s.id(), new Waiting(holders(reader, s, votes, open, groups, now), waitingFor(s, open, timer)));
        }
        return result;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Summary> summaries(Collection<Long> standardIds) {
        return openTasks.summariesOfStandards(standardIds, LifecycleTask.CAST_VOTE.id());
    }

    /**
     * What a standard no one has a task in waits for: its timer, or else the event its process waits at (a
     * message, such as the answers to its duplication claims).
     */
    private WaitingFor waitingFor(Standard s, List<OpenTaskProjection.Row> open, EngineTimers.PendingTimer timer) {
        if (!open.isEmpty() || s.processInstanceId() == null) {
            return null;
        }
        if (timer != null) {
            return new WaitingFor(timer.event(), timer.dueAt());
        }
        return processes.activeActivities(s.processInstanceId()).stream()
                .findFirst()
                .map(event -> new WaitingFor(event, null))
                .orElse(null);
    }

    private static List<ActionHolder> holders(
            AppUser reader,
            Standard standard,
            Votes votes,
            List<OpenTaskProjection.Row> open,
            Map<String, Set<String>> groups,
            Instant now) {
        boolean wholeProcess = votes == Votes.NAMED && runsProcess(reader, standard);
        List<ActionHolder> holders = new ArrayList<>();
        Map<String, List<OpenTaskProjection.Row>> uncountedVotes = new LinkedHashMap<>();
        for (OpenTaskProjection.Row row : open) {
            Set<String> candidates = groups.getOrDefault(row.taskId(), Set.of());
            if (candidates.isEmpty() && !wholeProcess) {
                uncountedVotes
                        .computeIfAbsent(row.key(), k -> new ArrayList<>())
                        .add(row);
            } else {
                String group = row.assignee() != null ? null : String.join(",", candidates);
                holders.add(holder(row.assignee(), group, row.key(), List.of(row), now));
            }
        }
        uncountedVotes.forEach((key, ballot) -> holders.add(holder(null, VOTING_MEMBERS, key, ballot, now)));
        holders.sort(Comparator.comparing(ActionHolder::since));
        return holders;
    }

    /** One holder of these tasks of one kind: waiting since the oldest, due by the soonest. */
    private static ActionHolder holder(
            String user, String group, String task, List<OpenTaskProjection.Row> tasks, Instant now) {
        Instant since = tasks.stream()
                .map(OpenTaskProjection.Row::created)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        Instant due = tasks.stream()
                .map(OpenTaskProjection.Row::due)
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder())
                .orElse(null);
        return new ActionHolder(
                user,
                group,
                group == null ? null : EngineGroups.role(group).orElse(null),
                task,
                since,
                Math.max(0, Duration.between(since, now).toDays()),
                tasks.size(),
                due);
    }
}
