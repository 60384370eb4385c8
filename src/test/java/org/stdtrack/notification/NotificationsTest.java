package org.stdtrack.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.stdtrack.support.Demo.ZONE;
import static org.stdtrack.support.Refusals.assertProblem;
import static org.stdtrack.support.TestTime.passTime;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.stdtrack.identity.UserRepository;
import org.stdtrack.support.Api;
import org.stdtrack.support.BallotSteps;
import org.stdtrack.support.Journeys;
import org.stdtrack.support.TestTime;
import org.stdtrack.tasks.Worklist;

/**
 * Notifications as their recipients get them: in the inbox, and by e-mail through a real SMTP server
 * (GreenMail), in each recipient's language, only about what they may see, never for a step that rolled
 * back, each message once however many senders run.
 */
abstract class NotificationsTest {

    @Autowired
    Api api;

    @Autowired
    Journeys journeys;

    @Autowired
    GreenMail greenMail;

    @Autowired
    MailDelivery delivery;

    @Autowired
    UserRepository users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Worklist worklist;

    @AfterEach
    void everyoneBackToDefaults() {
        for (String user : List.of("secretary", "observer", "reviewer1", "enterprise1")) {
            api.as(user).put("/api/me/notifications", Map.of("email", "IMMEDIATE"));
        }
        // As the demo created the account: no language of its own, so the next suite's requests choose theirs.
        users.setPreferredLanguage("secretary", null);
    }

    /**
     * Sends what is due and returns every message this address has received (the scheduled pass may have
     * sent some already).
     */
    private List<MimeMessage> deliverTo(String address) throws Exception {
        delivery.deliverDue();
        return messagesTo(address);
    }

    private List<MimeMessage> messagesTo(String address) throws Exception {
        List<MimeMessage> to = new ArrayList<>();
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            if (m.getRecipients(Message.RecipientType.TO)[0].toString().equals(address)) {
                to.add(m);
            }
        }
        return to;
    }

    /** The decoded content of the message's first part of this type. */
    private static String part(Part part, String type) {
        try {
            if (part.isMimeType(type)) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    String found = part(multipart.getBodyPart(i), type);
                    if (!found.isEmpty()) {
                        return found;
                    }
                }
            }
            return "";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode inbox(String user) {
        return api.as(user).get("/api/me/notifications/inbox?size=200").body();
    }

    private long notificationsAbout(long standardId) {
        return jdbc.sql("select count(*) from notification where standard_id = ?")
                .param(standardId)
                .query(Long.class)
                .single();
    }

    @Test
    void aTaskOfferedToAGroupReachesItsMembersInTheirLanguage() throws Exception {
        users.setPreferredLanguage("secretary", "zh");
        long id = journeys.registerNational("Notified registration");
        String taskId =
                journeys.task("secretary", id, "submitProposal").get("id").asText();

        List<MimeMessage> mails = deliverTo("secretary@example.org");
        MimeMessage mail = mails.stream()
                .filter(m -> part(m, "text/plain").contains(taskId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no mail about task " + taskId + " among " + mails.size()));
        assertThat(mail.getSubject()).startsWith("您所在组的新任务").contains("云计算 Notified registration");
        assertThat(part(mail, "text/plain"))
                .contains("标准“云计算 Notified registration”")
                .contains("http://localhost:8080/tasks/" + taskId);
        assertThat(part(mail, "text/html")).contains("<a href=\"http://localhost:8080/tasks/" + taskId + "\">");

        JsonNode inbox = inbox("secretary");
        JsonNode item = null;
        for (JsonNode i : inbox.get("items")) {
            if (taskId.equals(i.get("taskId").asText(null))) {
                item = i;
            }
        }
        assertThat(item).isNotNull();
        assertThat(item.get("kind").asText()).isEqualTo("TASK_OFFERED");
        assertThat(item.get("read").asBoolean()).isFalse();
        long unread = inbox.get("unread").asLong();
        assertThat(api.as("secretary")
                        .post("/api/me/notifications/inbox/" + item.get("id").asLong() + "/read", Map.of())
                        .status())
                .isEqualTo(204);
        assertThat(inbox("secretary").get("unread").asLong()).isEqualTo(unread - 1);
        assertProblem(
                api.as("reviewer1")
                        .post("/api/me/notifications/inbox/" + item.get("id").asLong() + "/read", Map.of()),
                404);
        assertThat(api.as("secretary").get("/tasks").body().asText())
                .as("every page shows the unread count")
                .contains("class=\"count\"");
    }

    @Test
    void aStepThatRollsBackNotifiesNobody() throws Exception {
        long id = journeys.registerNational("Rolled back");
        journeys.submitAndApproveProposal(id);
        long before = notificationsAbout(id);
        String taskId = journeys.task("drafter", id, "submitDraft").get("id").asText();
        var drafter = users.find("drafter").orElseThrow();
        transactions.executeWithoutResult(status -> {
            worklist.complete(drafter, taskId, new HashMap<>());
            assertThat(notificationsAbout(id)).as("written with the step").isGreaterThan(before);
            status.setRollbackOnly();
        });
        assertThat(notificationsAbout(id)).isEqualTo(before);
        delivery.deliverDue();
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            assertThat(m.getSubject()).doesNotContain("Open public consultation — 云计算 Rolled back");
        }
    }

    @Test
    void preferencesDecideWhatGoesByMailAndTheInboxGetsEverything() throws Exception {
        assertThat(api.as("secretary")
                        .get("/api/me/notifications")
                        .body()
                        .get("email")
                        .asText())
                .isEqualTo("IMMEDIATE");
        api.as("secretary").put("/api/me/notifications", Map.of("email", "OFF"));
        delivery.deliverDue();
        long quiet = journeys.registerNational("Quiet");
        assertThat(deliverTo("secretary@example.org"))
                .noneSatisfy(m -> assertThat(m.getSubject()).contains("Quiet"));
        assertThat(inbox("secretary").toString()).contains("Quiet");

        api.as("secretary")
                .put("/api/me/notifications", Map.of("email", "OFF", "kinds", Map.of("TASK_OFFERED", "IMMEDIATE")));
        long loud = journeys.registerNational("Loud");
        assertThat(deliverTo("secretary@example.org"))
                .anySatisfy(m -> assertThat(m.getSubject()).contains("Loud"));
        assertThat(quiet).isNotEqualTo(loud);
        assertProblem(api.as("secretary").put("/api/me/notifications", Map.of("email", "SOMETIMES")), 400);
    }

    @Test
    void watchersHearOfStageChangesOnlyOfWhatTheyMaySee() throws Exception {
        long id = journeys.registerNational("Watched");
        assertThat(api.as("observer")
                        .post("/api/standards/" + id + "/watch", Map.of())
                        .body()
                        .get("added")
                        .asBoolean())
                .isTrue();
        assertProblem(api.as("enterprise1").post("/api/standards/" + id + "/watch", Map.of()), 404);
        assertThat(api.as("enterprise1")
                        .post("/api/committees/TC28-SC38/watch", Map.of())
                        .status())
                .isEqualTo(200);
        assertProblem(api.as("enterprise1").post("/api/committees/NOPE/watch", Map.of()), 404);

        journeys.complete("secretary", id, "submitProposal");
        assertThat(inbox("observer").toString()).contains("Watched: proposal submitted");
        journeys.complete(
                "sac", id, "approveProposal", Map.of("outcome", "APPROVE", "planNumber", Journeys.nextPlanNumber()));
        List<String> subjects = new ArrayList<>();
        inbox("observer").get("items").forEach(item -> {
            if (item.get("subject").asText().startsWith("Watched: ")) {
                subjects.add(item.get("subject").asText());
            }
        });
        assertThat(subjects)
                .as("two events of one stage, each mail saying what happened")
                .containsExactly("Watched: proposal approved, out for public comment", "Watched: proposal submitted");
        assertThat(inbox("enterprise1").toString())
                .as("a committee's standard in development is not an enterprise's to hear of")
                .doesNotContain("Watched");
        assertThat(deliverTo("observer@example.org"))
                .anySatisfy(m -> assertThat(m.getSubject()).contains("Watched"));
        assertThat(deliverTo("enterprise1@example.org"))
                .noneSatisfy(m -> assertThat(m.getSubject()).contains("Watched"));

        api.as("observer").delete("/api/standards/" + id + "/watch");
        api.as("enterprise1").delete("/api/committees/TC28-SC38/watch");
        assertThat(api.as("observer").get("/api/me/watches").body().toString())
                .doesNotContain("\"standardId\":" + id + ",");
    }

    @Test
    void reviewersHearThatAConsultationOpened() throws Exception {
        long id = journeys.registerNational("Open for comments");
        journeys.submitAndApproveProposal(id);
        journeys.complete("drafter", id, "submitDraft");
        journeys.openConsultation(id);
        for (String reviewer : List.of("reviewer1", "reviewer3")) {
            assertThat(inbox(reviewer).toString())
                    .contains("Consultation open: 云计算 Open for comments".substring(0, 19));
        }
        assertThat(deliverTo("reviewer1@example.org"))
                .anySatisfy(m -> assertThat(m.getSubject()).contains("Open for comments"));
    }

    @Test
    void resultsAndDecisionsReachThoseTheyConcern() {
        long id = journeys.registerNational("Decided");
        journeys.toTechnicalReview(id);
        String vote = journeys.task("reviewer1", id, "castVote").get("id").asText();
        assertThat(notifications(vote, NotificationKind.TASK_ASSIGNED, "reviewer1"))
                .as("a ballot opening assigns each voter a vote, and tells them")
                .isEqualTo(1);
        journeys.ballotPasses(id);
        for (String told : List.of("reviewer1", "secretary")) {
            assertThat(inbox(told).toString()).as(told).contains("Ballot counted: Decided".substring(0, 14));
        }
        journeys.publish(id, journeys.nextNumber("GB/T"));
        var declared = api.as("enterprise1")
                .post(
                        "/api/standards/" + id + "/adoptions",
                        Map.of(
                                "enterprise", "ECloud",
                                "creditCode", "91110108MA01ECL0U5",
                                "scope", "Public cloud",
                                "productsOrServices", "Compute",
                                "implementedOn", "2026-01-05",
                                "evidence", "https://example.com/ecloud"));
        assertThat(declared.status()).as(declared.body().toString()).isEqualTo(201);
        journeys.complete("association", id, "verifyAdoption", Map.of("outcome", "VERIFY"));
        assertThat(inbox("enterprise1").toString())
                .contains("Adoption declaration Verified: 云计算 Decided".substring(0, 30));

        long extended = journeys.registerNational("Extended");
        journeys.submitAndApproveProposal(extended);
        String due = LocalDate.ofInstant(
                        Instant.parse(journeys.standard(extended)
                                .get("developmentDueAt")
                                .asText()),
                        ZONE)
                .plusMonths(1)
                .toString();
        api.as("secretary")
                .post(
                        "/api/standards/" + extended + "/extension-requests",
                        Map.of("newDueDate", due, "reason", "Trials"));
        journeys.complete("sac", extended, "decidePlanChange", Map.of("outcome", "APPROVE"));
        assertThat(inbox("secretary").toString()).contains("Extension Granted: Extended");
    }

    @Autowired
    Reminders reminders;

    private long notifications(String taskId, NotificationKind kind, String recipient) {
        return jdbc.sql("select count(*) from notification where task_id = ? and kind = ? and recipient = ?")
                .params(taskId, kind.name(), recipient)
                .query(Long.class)
                .single();
    }

    @Test
    void remindersAndTheEscalationFireOncePerTaskAndThreshold() {
        long id = journeys.registerNational("Reminded");
        String task = journeys.task("secretary", id, "submitProposal").get("id").asText();
        reminders.remind();
        assertThat(notifications(task, NotificationKind.TASK_DUE_SOON, "secretary"))
                .isZero();

        passTime(Period.ofDays(23).plusDays(1));
        reminders.remind();
        reminders.remind();
        assertThat(notifications(task, NotificationKind.TASK_DUE_SOON, "secretary"))
                .as("seven days before, once however many passes")
                .isEqualTo(1);
        passTime(Period.ofDays(6));
        reminders.remind();
        assertThat(notifications(task, NotificationKind.TASK_DUE_SOON, "secretary"))
                .as("and one day before")
                .isEqualTo(2);
        passTime(Period.ofDays(1));
        reminders.remind();
        assertThat(notifications(task, NotificationKind.TASK_PAST_DUE, "secretary"))
                .isEqualTo(1);
        assertThat(notifications(task, NotificationKind.TASK_ESCALATED, "admin"))
                .isZero();
        passTime(Period.ofDays(7));
        reminders.remind();
        reminders.remind();
        assertThat(notifications(task, NotificationKind.TASK_ESCALATED, "admin"))
                .isEqualTo(1);
        assertThat(notifications(task, NotificationKind.TASK_ESCALATED, "secretary"))
                .isEqualTo(1);
        assertThat(notifications(task, NotificationKind.TASK_ESCALATED, "secretary2"))
                .as("not another committee's secretariat")
                .isZero();
    }

    /** A national position is a task about its ballot: offered, reminded and past due like a standard's. */
    @Test
    void aNationalPositionIsOfferedAndRemindedToTheMirrorsSecretariat() {
        BallotSteps steps = new BallotSteps(api);
        String committee = steps.committee("ISO/IEC JTC 1/SC N" + System.nanoTime() % 1_000_000);
        long project =
                steps.project(committee, committee.replace("JTC 1/SC", "") + "-1", "Reminded multi-cloud concepts");
        LocalDate today = LocalDate.ofInstant(TestTime.now(), ZONE);
        long ballot =
                steps.open(project, "DIS", today, today.plusDays(30)).get("id").asLong();
        String task = steps.positionTask("secretary", ballot).get("id").asText();
        assertThat(notifications(task, NotificationKind.TASK_OFFERED, "secretary"))
                .isEqualTo(1);
        assertThat(inbox("secretary").toString()).contains("Reminded multi-cloud concepts");

        passTime(Period.ofDays(17));
        reminders.remind();
        assertThat(notifications(task, NotificationKind.TASK_DUE_SOON, "secretary"))
                .as("a week before the national deadline")
                .isEqualTo(1);
        assertThat(notifications(task, NotificationKind.TASK_DUE_SOON, "secretary2"))
                .isZero();
        assertThat(notifications(task, NotificationKind.TASK_DUE_SOON, "reviewer1"))
                .as("members comment; the secretariat votes")
                .isZero();
        passTime(Period.ofDays(7));
        reminders.remind();
        assertThat(notifications(task, NotificationKind.TASK_PAST_DUE, "secretary"))
                .as("the national deadline passed, the ballot still open")
                .isEqualTo(1);
    }

    @Test
    void theDailyDigestGathersTheDayInOneMessage() throws Exception {
        api.as("secretary").put("/api/me/notifications", Map.of("email", "DAILY_DIGEST"));
        delivery.deliverDue();
        journeys.registerNational("Digest one");
        journeys.registerNational("Digest two");
        assertThat(deliverTo("secretary@example.org"))
                .as("nothing at once")
                .noneSatisfy(m -> assertThat(m.getSubject()).contains("Digest"));
        int before = messagesTo("secretary@example.org").size();
        delivery.sendDigests();
        List<MimeMessage> all = messagesTo("secretary@example.org");
        List<MimeMessage> digests = all.subList(before, all.size());
        assertThat(digests).hasSize(1);
        assertThat(digests.get(0).getSubject()).startsWith("stdtrack: ").endsWith("notifications");
        assertThat(part(digests.get(0), "text/plain")).contains("Digest one").contains("Digest two");
        delivery.sendDigests();
        assertThat(messagesTo("secretary@example.org")).as("each digest once").hasSize(all.size());
    }

    @Test
    void twoNodesSendingAtOnceSendEachMessageOnce() throws Exception {
        List<Long> raced = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            raced.add(journeys.registerNational("Race " + i));
        }
        Callable<Integer> node = () -> delivery.deliverDue();
        var pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = pool.invokeAll(List.of(node, node));
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
        // The scheduled pass of this node may hold some of them for a moment: all are sent in the end.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            delivery.deliverDue();
            for (long id : raced) {
                assertThat(jdbc.sql(
                                        "select count(*) from notification where standard_id = ? and email_status = 'PENDING'")
                                .param(id)
                                .query(Long.class)
                                .single())
                        .isZero();
            }
        });
        Map<String, Integer> copies = new HashMap<>();
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            copies.merge(m.getHeader("X-Stdtrack-Notification")[0], 1, Integer::sum);
        }
        assertThat(copies.values()).as("each notification sent once").allMatch(n -> n == 1);
    }
}
