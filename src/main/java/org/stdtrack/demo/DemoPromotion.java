package org.stdtrack.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.stdtrack.document.Documents;
import org.stdtrack.engine.EngineTime;
import org.stdtrack.identity.AppUser;
import org.stdtrack.identity.UserRepository;
import org.stdtrack.policy.ProgrammeClock;
import org.stdtrack.programme.CreditCode;
import org.stdtrack.promotion.ConformityResults;
import org.stdtrack.promotion.PilotLetters;
import org.stdtrack.promotion.PilotProcess;
import org.stdtrack.promotion.Pilots;
import org.stdtrack.promotion.PromotionEvent;
import org.stdtrack.promotion.PromotionEvents;
import org.stdtrack.promotion.Registration;
import org.stdtrack.promotion.SignInSheetImport;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardRepository;
import org.stdtrack.tasks.TaskView;
import org.stdtrack.tasks.Worklist;

/**
 * The demo programme's promotion work, so that the day-one dashboard shows the funnel with both readings: a
 * training by the industry association with an exam, whose sign-in sheet was imported, and a seminar by the
 * national committee's secretariat (its drafting organisation, CESI), certificates issued for both, a national
 * pilot under way (approved, its acceptance waiting with MIIT), and a conformity result. Enterprises' credit codes here are made up, with valid check characters.
 */
@Component
@Profile("demo")
class DemoPromotion {

    /** Made-up enterprises: name and the first 17 characters of their credit code (Beijing, Shanghai, Shenzhen). */
    private static final List<String[]> ENTERPRISES = List.of(
            new String[] {"Jing Cloud Computing Co., Ltd.", "91110105MA01JCLD0"},
            new String[] {"Hu Data Services Co., Ltd.", "91310115MA1HUDAT0"},
            new String[] {"Shen Edge Technology Co., Ltd.", "91440300MA55HEDG0"},
            new String[] {"E-Cloud Services Co., Ltd.", null});

    private static final String ECLOUD = "91110108MA01ECL0U5";

    private final PromotionEvents events;
    private final SignInSheetImport sheets;
    private final ConformityResults conformity;
    private final Pilots pilots;
    private final PilotLetters letters;
    private final Worklist worklist;
    private final EngineTime time;
    private final StandardRepository standards;
    private final UserRepository users;
    private final ProgrammeClock clock;

    DemoPromotion(
            PromotionEvents events,
            SignInSheetImport sheets,
            ConformityResults conformity,
            Pilots pilots,
            PilotLetters letters,
            Worklist worklist,
            EngineTime time,
            StandardRepository standards,
            UserRepository users,
            ProgrammeClock clock) {
        this.events = events;
        this.sheets = sheets;
        this.conformity = conformity;
        this.pilots = pilots;
        this.letters = letters;
        this.worklist = worklist;
        this.time = time;
        this.standards = standards;
        this.users = users;
        this.clock = clock;
    }

    boolean isLoaded() {
        return events.events(DemoProgramme.PROGRAMME, null, 0, 1).total() > 0;
    }

    void load() {
        List<Long> published = standards.inProgramme(DemoProgramme.PROGRAMME).stream()
                .filter(s -> s.stage().isPublished() && !s.stage().isClosed())
                .map(Standard::id)
                .limit(2)
                .toList();
        if (published.isEmpty()) {
            return;
        }
        AppUser association = user("association");
        PromotionEvent training = events.create(
                association,
                event(
                        "CCIA",
                        "Cloud computing standards training (Beijing)",
                        PromotionEvent.Kind.TRAINING,
                        published,
                        40,
                        PromotionEvent.CertificatePolicy.EXAM,
                        "Beijing, CCIA training centre",
                        null));
        String[] people = {"Liu Chen", "Zhang Min", "Wang Tao", "Li Na", "Chen Jie", "Zhao Lei"};
        for (int i = 0; i < people.length; i++) {
            String[] enterprise = ENTERPRISES.get(i % ENTERPRISES.size());
            events.register(
                    association,
                    training.id(),
                    new PromotionEvents.RegistrationRequest(
                            people[i], null, enterprise[0], code(enterprise), "Engineer"));
        }
        List<Registration> registered = events.registrations(association, training.id());
        List<PromotionEvents.ExamResult> scores = new ArrayList<>();
        StringBuilder sheet = new StringBuilder("姓名,单位,统一社会信用代码,出席,时长（分钟）\n");
        for (int i = 0; i < registered.size(); i++) {
            Registration r = registered.get(i);
            boolean present = i != 4; // Chen Jie did not come
            sheet.append(r.name())
                    .append(',')
                    .append(r.enterprise().replace(",", " "))
                    .append(',')
                    .append(r.creditCode())
                    .append(',')
                    .append(present ? "是" : "否")
                    .append(',')
                    .append(present ? "360" : "")
                    .append('\n');
            if (present) {
                scores.add(new PromotionEvents.ExamResult(r.id(), i == 2 ? 52 : 78 + i));
            }
        }
        sheets.run(
                association,
                training.id(),
                false,
                new SignInSheetImport.Upload(
                        "sign-in-sheet.csv", MediaType.parseMediaType("text/csv"), csv(sheet.toString()), "demo"));
        events.examResults(association, training.id(), new PromotionEvents.ExamResults(scores));
        events.issueCertificates(association, training.id());

        AppUser secretary = user("secretary");
        PromotionEvent seminar = events.create(
                secretary,
                event(
                        "CESI",
                        "Cloud service level agreements: the new national standards",
                        PromotionEvent.Kind.SEMINAR,
                        published.subList(0, 1),
                        12,
                        PromotionEvent.CertificatePolicy.ATTENDANCE,
                        null,
                        "https://example.org/seminars/cloud-sla"));
        List<Long> present = new ArrayList<>();
        for (String[] enterprise : ENTERPRISES.subList(1, 3)) {
            present.add(events.register(
                            secretary,
                            seminar.id(),
                            new PromotionEvents.RegistrationRequest(
                                    "Seminar guest of " + enterprise[0].split(" ")[0],
                                    null,
                                    enterprise[0],
                                    code(enterprise),
                                    "Product manager"))
                    .id());
        }
        events.attendance(secretary, seminar.id(), new PromotionEvents.AttendanceRequest(present));
        events.issueCertificates(secretary, seminar.id());

        pilotUnderWay(association, secretary, published.subList(0, 1));
        conformity.record(
                association,
                new ConformityResults.ResultRequest(
                        DemoProgramme.PROGRAMME,
                        ENTERPRISES.get(0)[0],
                        code(ENTERPRISES.get(0)),
                        "Trusted cloud service assessment",
                        published.subList(0, 1),
                        ConformityResults.Result.PASS,
                        "TCS-2026-0117",
                        clock.today().minusDays(30),
                        clock.today().plusYears(1).minusDays(30)));
    }

    /**
     * A national pilot applied for two months ago, recommended, reviewed, publicly noticed and approved by MIIT:
     * replayed through its process by the demo users, so that its acceptance waits with MIIT.
     */
    private void pilotUnderWay(AppUser association, AppUser secretary, List<Long> standards) {
        time.replay(() -> {
            time.travelTo(clock.startOf(clock.today().minusDays(60)).plus(Duration.ofHours(10)));
            long id = pilots.apply(
                            association,
                            new Pilots.PilotRequest(
                                    DemoProgramme.PROGRAMME,
                                    "Cloud service level agreements in government cloud procurement",
                                    Pilots.Kind.NATIONAL_PILOT,
                                    new Pilots.EnterpriseRef(ENTERPRISES.get(0)[0], code(ENTERPRISES.get(0))),
                                    List.of(new Pilots.EnterpriseRef(ENTERPRISES.get(1)[0], code(ENTERPRISES.get(1)))),
                                    standards))
                    .id();
            letter(association, id, "推荐函.docx", "关于推荐政府云采购服务等级协议试点的函", "中国云计算产业联盟推荐该项目列入国家试点。");
            decide(association, id, PilotProcess.Step.RECOMMEND.passing);
            letter(secretary, id, "专家评审意见.docx", "专家评审意见", "试点方案可行，同意进入公示。");
            decide(secretary, id, PilotProcess.Step.REVIEW.passing);
            time.fireNextTimer(PilotProcess.subjectKey(id));
            decide(user("miit"), id, PilotProcess.Step.APPROVE.passing);
        });
    }

    private void letter(AppUser user, long pilot, String filename, String... paragraphs) {
        byte[] file = DemoDocuments.docx(List.of(paragraphs));
        letters.upload(user, pilot, new Documents.Upload(filename, file.length, new ByteArrayInputStream(file)));
    }

    private void decide(AppUser user, long pilot, String outcome) {
        TaskView task =
                worklist.openTaskAbout(user, PilotProcess.subjectKey(pilot)).orElseThrow();
        worklist.complete(user, task.id(), Map.of("outcome", outcome));
    }

    private PromotionEvents.EventRequest event(
            String organiser,
            String title,
            PromotionEvent.Kind kind,
            List<Long> promoted,
            int daysAgo,
            PromotionEvent.CertificatePolicy policy,
            String place,
            String link) {
        OffsetDateTime start = OffsetDateTime.ofInstant(
                clock.startOf(clock.today().minusDays(daysAgo)).plus(Duration.ofHours(9)), clock.zone());
        return new PromotionEvents.EventRequest(
                DemoProgramme.PROGRAMME,
                organiser,
                title,
                kind,
                promoted,
                start,
                start.plusHours(7),
                place,
                link,
                80,
                BigDecimal.valueOf(6),
                policy,
                policy == PromotionEvent.CertificatePolicy.EXAM ? 60 : null,
                false);
    }

    private static String code(String[] enterprise) {
        return enterprise[1] == null ? ECLOUD : CreditCode.withCheck(enterprise[1]);
    }

    private static Path csv(String text) {
        try {
            Path file = Files.createTempFile("demo-sign-in-", ".csv");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private AppUser user(String username) {
        return users.find(username).orElseThrow();
    }
}
