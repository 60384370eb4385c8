package org.stdtrack.notification;

import static org.stdtrack.persistence.Timestamps.toDb;

import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.stdtrack.identity.Role;
import org.stdtrack.identity.UserRepository;
import org.stdtrack.policy.ProgrammeClock;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardRepository;
import org.stdtrack.tasks.TaskSubject;
import org.stdtrack.tasks.TaskSubjects;

/**
 * Reminds people of their open tasks before they are due ({@code stdtrack.policy.reminders}) and once they
 * are past due, and escalates a task past due by {@code stdtrack.policy.escalate-after} to its committee's
 * secretariat and the administrators. Each task and threshold fires once, across nodes and restarts: the
 * {@code task_reminder} row is written with its notifications, and a second node's insert of the same row
 * fails and writes nothing. Every node runs the pass ({@code stdtrack.notifications.reminder-interval}).
 */
@Component
class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Notifications notifications;
    private final StandardRepository standards;
    private final UserRepository users;
    private final ReminderPolicy policy;
    private final ProgrammeClock clock;
    private final TaskSubjects subjects;

    Reminders(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            Notifications notifications,
            StandardRepository standards,
            UserRepository users,
            ReminderPolicy policy,
            ProgrammeClock clock,
            TaskSubjects subjects) {
        this.subjects = subjects;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.notifications = notifications;
        this.standards = standards;
        this.users = users;
        this.policy = policy;
        this.clock = clock;
    }

    /** One reminder to give: the task (about a standard or another subject), the threshold it crossed, and what it says. */
    private record Due(
            String taskId,
            Long standardId,
            String subject,
            String taskKey,
            String assignee,
            String threshold,
            NotificationKind kind) {}

    @Scheduled(
            fixedDelayString = "${stdtrack.notifications.reminder-interval:PT5M}",
            initialDelayString = "${stdtrack.notifications.reminder-interval:PT5M}")
    void remindScheduled() {
        try {
            remind();
        } catch (RuntimeException e) {
            log.warn("Reminder pass failed; the next pass retries: {}", e.getMessage());
        }
    }

    /** Gives every reminder that is due now and was not given; returns how many were given here. */
    int remind() {
        Instant now = clock.now();
        List<Due> due = new ArrayList<>();
        for (Period before : policy.reminders()) {
            due.addAll(crossed(before.toString(), clock.after(now, before), NotificationKind.TASK_DUE_SOON));
        }
        due.addAll(crossed("DUE", now, NotificationKind.TASK_PAST_DUE));
        due.addAll(crossed(
                "ESCALATED",
                now.atZone(clock.zone()).minus(policy.escalateAfter()).toInstant(),
                NotificationKind.TASK_ESCALATED));
        int given = 0;
        for (Due d : due) {
            if (give(d, now)) {
                given++;
            }
        }
        return given;
    }

    /** Open tasks due at or before {@code limit} that have not had this threshold's reminder. */
    private List<Due> crossed(String threshold, Instant limit, NotificationKind kind) {
        return jdbc.sql("""
                select t.task_id, t.standard_id, t.subject, t.task_key, t.assignee from open_task t
                where t.due_at is not null and t.due_at <= ?
                  and not exists (select 1 from task_reminder r where r.task_id = t.task_id and r.threshold = ?)
                order by t.due_at""")
                .params(toDb(limit), threshold)
                .query((rs, n) -> new Due(
                        rs.getString("task_id"),
                        rs.getObject("standard_id", Long.class),
                        rs.getString("subject"),
                        rs.getString("task_key"),
                        rs.getString("assignee"),
                        threshold,
                        kind))
                .list();
    }

    private boolean give(Due due, Instant now) {
        try {
            return Boolean.TRUE.equals(transactions.execute(status -> {
                jdbc.sql("insert into task_reminder (task_id, threshold, sent_at) values (?, ?, ?)")
                        .params(due.taskId(), due.threshold(), toDb(now))
                        .update();
                String detailKey = "task." + due.taskKey();
                if (due.standardId() == null) {
                    TaskSubject subject = subjects.of(due.subject()).orElseThrow();
                    notifications.notify(
                            due.kind(),
                            recipients(due, subject.committee()),
                            null,
                            due.taskId(),
                            NotificationMessages.about(subject, detailKey));
                    return true;
                }
                Standard standard = standards.find(due.standardId()).orElseThrow();
                notifications.notify(
                        due.kind(),
                        recipients(due, standard.committee()),
                        standard,
                        due.taskId(),
                        NotificationMessages.about(standard, detailKey));
                return true;
            }));
        } catch (DuplicateKeyException anotherNodeGaveIt) {
            return false;
        }
    }

    /** @param committee the committee whose secretariat looks after the task */
    private List<String> recipients(Due due, String committee) {
        if (due.kind() == NotificationKind.TASK_ESCALATED) {
            List<String> told = new ArrayList<>(users.withRole(Role.SECRETARIAT, committee));
            told.addAll(users.administrators());
            return told;
        }
        if (due.assignee() != null) {
            return List.of(due.assignee());
        }
        List<String> members = new ArrayList<>();
        jdbc.sql("select group_id from open_task_candidate where task_id = ?")
                .param(due.taskId())
                .query(String.class)
                .list()
                .forEach(group -> members.addAll(users.membersOf(group)));
        return members;
    }
}
