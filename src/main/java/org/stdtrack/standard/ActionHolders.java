package org.stdtrack.standard;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.stdtrack.identity.AppUser;
import org.stdtrack.identity.Role;

/**
 * Who a standard in development waits on, supplied by the worklist (issue 33): the people or groups whose open
 * task it waits on, since when; or, when no one has a task, the event its process waits for.
 */
public interface ActionHolders {

    /**
     * One who must act: a {@code user} (who claimed the task, or whose own vote it is) or a {@code group} (the
     * candidate group of an unclaimed task; {@code votingMembers} for the votes of a ballot, {@code count} of them,
     * to readers who may not know who has yet to vote); {@code due}, the task's due date if it has one (the
     * soonest of the votes).
     */
    record ActionHolder(
            String user,
            String group,
            /** The role whose holders make up the group, where it is one (the page names it so). */
            Role role,
            String task,
            Instant since,
            long daysWaiting,
            int count,
            Instant due) {

        public boolean isPastDue(Instant now) {
            return due != null && due.isBefore(now);
        }
    }

    /** The event a standard waits for when no one has a task (its process's timer: the BPMN event's id). */
    record WaitingFor(String event, Instant until) {}

    /** What a standard waits on: its action holders, longest waiting first, or else what it waits for. */
    record Waiting(List<ActionHolder> actionHolders, WaitingFor waitingFor) {

        public static final Waiting NOTHING = new Waiting(List.of(), null);
    }

    /**
     * What a dashboard orders standards by before it reads their holders: since when a standard waits (its oldest
     * open task: its longest waiting holder's), the due date of its soonest due task, and of its ballot's soonest
     * due vote.
     */
    record Summary(Instant since, Instant soonestDue, Instant ballotDue) {}

    /**
     * How a ballot's votes are shown: {@code NAMED}, each voter to those who run the process (and counted for
     * everyone else), as on a standard's page; {@code COUNTED}, one holder for all of them to every reader, as a
     * dashboard of many standards shows them.
     */
    enum Votes {
        NAMED,
        COUNTED
    }

    /** For each of the standards in development (others are absent), as this reader may know it. */
    Map<Long, Waiting> of(AppUser reader, List<Standard> standards, Votes votes);

    /** For each of these standards that waits on someone (others are absent), in one query whatever its tasks. */
    Map<Long, Summary> summaries(Collection<Long> standardIds);

    default Map<Long, Waiting> of(AppUser reader, List<Standard> standards) {
        return of(reader, standards, Votes.NAMED);
    }

    default Waiting of(AppUser reader, Standard standard) {
        return of(reader, List.of(standard)).getOrDefault(standard.id(), Waiting.NOTHING);
    }
}
