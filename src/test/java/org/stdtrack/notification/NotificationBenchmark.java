package org.stdtrack.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.stdtrack.support.BenchmarkData;

/**
 * The reminder pass over 100,000 open tasks, and the outbox delivering to a local SMTP server (GreenMail),
 * on each database. References measured in the same run: the bare scan of the open tasks the pass makes,
 * and the same number of messages sent straight through the mail sender (the SMTP limit of this machine).
 */
class NotificationBenchmark {

    private static final int OPEN_TASKS = 100_000;
    private static final int MESSAGES = 2_000;

    @TempDir
    Path dir;

    private final StringBuilder results = new StringBuilder();

    @Test
    void remindersAndOutbox() throws Exception {
        results.append("| database | open tasks | reminders given | first pass | second pass (none due) | bare scan | "
                        + "outbox, " + MESSAGES + " messages | straight through the mail sender |\n")
                .append("|---|---|---|---|---|---|---|---|\n");
        BenchmarkData.onEachDatabase(dir, (name, url, user, password) -> {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
            try (ConfigurableApplicationContext app = BenchmarkData.application(
                    url,
                    user,
                    password,
                    "--spring.mail.host=127.0.0.1",
                    "--spring.mail.port=" + port,
                    "--stdtrack.notifications.delivery-interval=PT1H",
                    "--stdtrack.notifications.reminder-interval=PT1H")) {
                JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
                int due = loadOpenTasks(jdbc);
                Reminders reminders = app.getBean(Reminders.class);
                long start = System.nanoTime();
                int given = reminders.remind();
                double first = seconds(start);
                start = System.nanoTime();
                int again = reminders.remind();
                double second = seconds(start);
                assertThat(again).as("each reminder once").isZero();
                start = System.nanoTime();
                jdbc.queryForList(
                        "select t.task_id from open_task t where t.due_at is not null and t.due_at <= ?"
                                + " and not exists (select 1 from task_reminder r where r.task_id = t.task_id"
                                + " and r.threshold = 'P7D')",
                        Timestamp.from(Instant.now().plus(Duration.ofDays(7))));
                double scan = seconds(start);

                jdbc.update("update notification set email_status = 'SENT'");
                queueMessages(jdbc);
                MailDelivery delivery = app.getBean(MailDelivery.class);
                int before = smtp.getReceivedMessages().length;
                start = System.nanoTime();
                int sent = delivery.deliverDue();
                double outbox = seconds(start);
                assertThat(sent).isEqualTo(MESSAGES);
                assertThat(smtp.getReceivedMessages().length - before).isEqualTo(MESSAGES);
                double direct = sendDirectly(app.getBean(JavaMailSender.class));
                results.append(
                        "| %s | %,d | %,d (%d due within 7 days) | %.2f s | %.2f s | %.2f s | %.2f s, %.0f /s | %.2f s, %.0f /s |%n"
                                .formatted(
                                        name,
                                        OPEN_TASKS,
                                        given,
                                        due,
                                        first,
                                        second,
                                        scan,
                                        outbox,
                                        MESSAGES / outbox,
                                        direct,
                                        MESSAGES / direct));
            } finally {
                smtp.stop();
            }
        });
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/benchmark-notifications.md"), results.toString());
        System.out.println(results);
    }

    /**
     * 100,000 open tasks of 1,000 standards, offered to the national secretariat, due over the next two
     * years: about one in a hundred is due within a week. Returns how many are.
     */
    private static int loadOpenTasks(JdbcTemplate jdbc) {
        BenchmarkData.load(jdbc, 1_000, 1);
        List<Long> standards = jdbc.queryForList("select id from standard where programme_code = 'BENCH'", Long.class);
        Instant now = Instant.now();
        List<Object[]> tasks = new ArrayList<>();
        List<Object[]> candidates = new ArrayList<>();
        int due = 0;
        for (int i = 0; i < OPEN_TASKS; i++) {
            Instant dueAt = now.plus(Duration.ofMinutes((long) i * 2 * 365 * 24 * 60 / OPEN_TASKS));
            if (dueAt.isBefore(now.plus(Duration.ofDays(7)))) {
                due++;
            }
            tasks.add(new Object[] {
                "bench-" + i,
                standards.get(i % standards.size()),
                "submitProposal",
                Timestamp.from(now),
                Timestamp.from(dueAt)
            });
            candidates.add(new Object[] {"bench-" + i, "secretariatTC28SC38"});
            if (tasks.size() == 10_000) {
                flush(jdbc, tasks, candidates);
            }
        }
        flush(jdbc, tasks, candidates);
        return due;
    }

    private static void flush(JdbcTemplate jdbc, List<Object[]> tasks, List<Object[]> candidates) {
        jdbc.batchUpdate(
                "insert into open_task (task_id, standard_id, task_key, created_at, due_at) values (?, ?, ?, ?, ?)",
                tasks);
        jdbc.batchUpdate("insert into open_task_candidate (task_id, group_id) values (?, ?)", candidates);
        tasks.clear();
        candidates.clear();
    }

    private static void queueMessages(JdbcTemplate jdbc) {
        List<Object[]> rows = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now().minusSeconds(1));
        for (int i = 0; i < MESSAGES; i++) {
            rows.add(new Object[] {"secretary", "{\"title\":\"Benchmark " + i + "\"}", now, now});
        }
        jdbc.batchUpdate(
                "insert into notification (recipient, kind, params, created_at, email_status, next_attempt_at)"
                        + " values (?, 'TASK_OFFERED', ?, ?, 'PENDING', ?)",
                rows);
    }

    /** The same number of messages built and sent straight through the mail sender, over one connection. */
    private static double sendDirectly(JavaMailSender sender) throws Exception {
        long start = System.nanoTime();
        MimeMessage[] batch = new MimeMessage[MESSAGES];
        for (int i = 0; i < MESSAGES; i++) {
            batch[i] = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(batch[i], true, "UTF-8");
            helper.setFrom("stdtrack@localhost");
            helper.setTo("secretary@example.org");
            helper.setSubject("Benchmark " + i);
            helper.setText("text " + i, "<p>html " + i + "</p>");
        }
        sender.send(batch);
        return seconds(start);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
