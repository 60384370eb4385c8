package org.stdtrack.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.stdtrack.engine.EngineTime;
import org.stdtrack.identity.AppUser;
import org.stdtrack.identity.UserRepository;
import org.stdtrack.international.BallotProcess;
import org.stdtrack.international.ChinaRole;
import org.stdtrack.international.DeliverableType;
import org.stdtrack.international.Expert;
import org.stdtrack.international.Experts;
import org.stdtrack.international.HarmonizedStage;
import org.stdtrack.international.InternationalWork;
import org.stdtrack.international.IntlBallot;
import org.stdtrack.international.IntlBody;
import org.stdtrack.international.Membership;
import org.stdtrack.international.NationalPositions;
import org.stdtrack.policy.ProgrammeClock;
import org.stdtrack.standard.InternationalDegree;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardRepository;
import org.stdtrack.tasks.TaskView;
import org.stdtrack.tasks.Worklist;

/**
 * The demo programme's international work: JTC 1/SC 38, SC 27 and ITU-T SG13 with China's memberships and
 * their national mirrors, the experts they registered, and projects at every kind of stage — China-led items
 * among them, one published and adopted identically by a demo standard, one published and still a candidate.
 * ISO's ids here are made up.
 */
@Component
@Profile("demo")
class DemoInternational {

    static final String SC38 = "ISO/IEC JTC 1/SC 38";
    static final String SC27 = "ISO/IEC JTC 1/SC 27";
    static final String SG13 = "ITU-T SG13";

    private final InternationalWork work;
    private final Experts experts;
    private final StandardRepository standards;
    private final UserRepository users;
    private final NationalPositions positions;
    private final Worklist worklist;
    private final EngineTime time;
    private final ProgrammeClock clock;

    DemoInternational(
            InternationalWork work,
            Experts experts,
            StandardRepository standards,
            UserRepository users,
            NationalPositions positions,
            Worklist worklist,
            EngineTime time,
            ProgrammeClock clock) {
        this.positions = positions;
        this.worklist = worklist;
        this.time = time;
        this.clock = clock;
        this.work = work;
        this.experts = experts;
        this.standards = standards;
        this.users = users;
    }

    boolean isLoaded() {
        return !work.committees().isEmpty();
    }

    void load() {
        AppUser admin = users.find("admin").orElseThrow();
        committee(
                admin,
                SC38,
                IntlBody.ISO_IEC_JTC1,
                9_000_038L,
                "Cloud computing and distributed platforms",
                "云计算和分布式平台",
                DemoUsers.NATIONAL);
        committee(
                admin,
                SC27,
                IntlBody.ISO_IEC_JTC1,
                9_000_027L,
                "Information security, cybersecurity and privacy protection",
                "信息安全、网络安全和隐私保护",
                DemoUsers.NATIONAL);
        committee(
                admin,
                SG13,
                IntlBody.ITU_T,
                null,
                "Future networks and emerging network technologies",
                "未来网络与新兴网络技术",
                DemoUsers.SECTOR);
        long leader = expert(admin, "Wang Lei", "王磊", Expert.Role.PROJECT_LEADER, SC38);
        long editor = expert(admin, "Zhang Wei", "张伟", Expert.Role.EDITOR, SC38);
        expert(admin, "Liu Yang", "刘洋", Expert.Role.HEAD_OF_DELEGATION, SG13);

        Long vocabulary = standards.inProgramme(DemoProgramme.PROGRAMME).stream()
                .filter(s -> "ISO/IEC 22123-1:2023".equals(s.internationalReference()))
                .map(Standard::id)
                .findFirst()
                .orElse(null);
        project(
                admin,
                IntlBody.ISO,
                "ISO/IEC 22123-1:2023",
                9_022_123L,
                "Cloud computing — Concepts and terminology — Part 1: Terms",
                "云计算 概念和术语 第1部分：术语",
                SC38,
                DeliverableType.IS,
                stage(6060),
                ChinaRole.PARTICIPATING,
                "BAS.TERM",
                LocalDate.of(2023, 2, 1),
                null,
                null,
                vocabulary == null
                        ? List.of()
                        : List.of(new InternationalWork.CounterpartRequest(vocabulary, InternationalDegree.IDT)));
        project(
                admin,
                IntlBody.ISO,
                "ISO/IEC 22123-3:2023",
                9_022_124L,
                "Cloud computing — Concepts and terminology — Part 3: Reference architecture",
                "云计算 概念和术语 第3部分：参考架构",
                SC38,
                DeliverableType.IS,
                stage(6060),
                ChinaRole.CO_LED,
                "BAS.ARCH",
                LocalDate.of(2023, 7, 1),
                null,
                null,
                List.of());
        project(
                admin,
                IntlBody.ISO,
                "ISO/IEC 5140",
                9_005_140L,
                "Cloud computing — Concepts for multi-cloud and the use of multiple cloud services",
                "云计算 多云和使用多种云服务的概念",
                SC38,
                DeliverableType.TS,
                stage(4020),
                ChinaRole.LED,
                "TEC.PLATFORM",
                null,
                leader,
                List.of(editor),
                List.of());
        ballots(projectId("ISO/IEC 5140"));
        project(
                admin,
                IntlBody.ISO,
                "ISO/IEC 19944-1",
                9_019_944L,
                "Cloud computing and distributed platforms — Data flow, data categories and data use — Part 1",
                "云计算和分布式平台 数据流、数据类别和数据使用 第1部分",
                SC38,
                DeliverableType.IS,
                stage(3020),
                ChinaRole.PARTICIPATING,
                "SEC.DATA",
                null,
                null,
                List.of(),
                List.of());
        project(
                admin,
                IntlBody.ISO,
                "ISO/IEC 27017",
                9_027_017L,
                "Information security controls for cloud services",
                "云服务信息安全控制",
                SC27,
                DeliverableType.IS,
                stage(2020),
                ChinaRole.MONITORING,
                "SEC.DATA",
                null,
                null,
                List.of(),
                List.of());
        project(
                admin,
                IntlBody.ITU_T,
                "ITU-T Y.3526",
                null,
                "Cloud computing — Functional requirements of edge cloud management",
                "云计算 边缘云管理功能要求",
                SG13,
                DeliverableType.REC,
                "APPROVED",
                ChinaRole.LED,
                "TEC.INFRA",
                LocalDate.of(2024, 3, 15),
                null,
                null,
                List.of());
        project(
                admin,
                IntlBody.ITU_T,
                "ITU-T Y.ccaas",
                null,
                "Cloud computing — Requirements of AI computing as a service",
                "云计算 人工智能算力即服务要求",
                SG13,
                DeliverableType.REC,
                "UNDER_STUDY",
                ChinaRole.LED,
                "SRV.AIAAS",
                null,
                null,
                List.of(),
                List.of());
    }

    /**
     * The China-led TS's ballots: its CD ballot, replayed months ago (two comments accepted, the position on
     * time, the dispositions after the comment resolution), and its open DIS ballot with the experts' comments,
     * one accepted, one rejected, one waiting for the secretariat.
     */
    private void ballots(long project) {
        LocalDate today = clock.today();
        LocalDate cdOpened = today.minusDays(200);
        time.replay(() -> {
            time.travelTo(clock.startOf(cdOpened).plusSeconds(9 * 3600));
            long cd = positions
                    .open(
                            user("secretary"),
                            project,
                            new NationalPositions.BallotRequest(IntlBallot.Type.CD, cdOpened, cdOpened.plusDays(56)))
                    .id();
            long architecture = comment(
                    cd,
                    "reviewer1",
                    "6.2",
                    IntlBallot.CommentType.TE,
                    "The multi-cloud broker role is missing from the functional view.",
                    "Add the broker to Figure 3 and describe its activities.");
            long wording = comment(
                    cd,
                    "reviewer2",
                    "3.4",
                    IntlBallot.CommentType.ED,
                    "'Inter-cloud' and 'multi-cloud' are used interchangeably.",
                    "Use 'multi-cloud' throughout.");
            decide(cd, architecture, IntlBallot.Decision.ACCEPTED, null);
            decide(cd, wording, IntlBallot.Decision.ACCEPTED, null);
            time.travelTo(clock.startOf(cdOpened.plusDays(40)).plusSeconds(10 * 3600));
            submitPosition(cd, IntlBallot.Vote.APPROVE_WITH_COMMENTS, "Two comments from the mirror committee.");
            time.travelTo(clock.startOf(cdOpened.plusDays(100)).plusSeconds(10 * 3600));
            positions.recordDispositions(
                    user("secretary"),
                    cd,
                    new NationalPositions.DispositionsRequest(List.of(
                            new NationalPositions.DispositionEntry(
                                    architecture, IntlBallot.Disposition.ACCEPTED_MODIFIED),
                            new NationalPositions.DispositionEntry(wording, IntlBallot.Disposition.ACCEPTED))));
        });
        long dis = positions
                .open(
                        user("secretary"),
                        project,
                        new NationalPositions.BallotRequest(
                                IntlBallot.Type.DIS, today.minusDays(20), today.plusDays(64)))
                .id();
        long residency = comment(
                dis,
                "reviewer1",
                "7.1",
                IntlBallot.CommentType.TE,
                "Data residency across providers is not addressed.",
                "Add a subclause on data location and its disclosure to the customer.");
        long example = comment(
                dis,
                "drafter",
                "Annex B",
                IntlBallot.CommentType.GE,
                "Annex B's example uses one provider's product names.",
                "Use generic names.");
        comment(
                dis,
                "reviewer3",
                "4.3",
                IntlBallot.CommentType.ED,
                "The note repeats the definition in 3.2.",
                "Delete the note.");
        decide(dis, residency, IntlBallot.Decision.ACCEPTED, null);
        decide(dis, example, IntlBallot.Decision.REJECTED, "The annex is informative and names no products.");
    }

    private long comment(
            long ballot, String author, String clause, IntlBallot.CommentType type, String text, String change) {
        return positions
                .comment(user(author), ballot, new NationalPositions.CommentRequest(clause, type, text, change))
                .id();
    }

    private void decide(long ballot, long comment, IntlBallot.Decision decision, String reason) {
        positions.decide(user("secretary"), ballot, comment, new NationalPositions.DecisionRequest(decision, reason));
    }

    /** The secretariat completes its position task, as on the position page. */
    private void submitPosition(long ballot, IntlBallot.Vote vote, String note) {
        AppUser secretary = user("secretary");
        TaskView task = worklist.openTaskAbout(secretary, BallotProcess.subjectKey(ballot))
                .orElseThrow();
        worklist.complete(secretary, task.id(), Map.of("vote", vote.name(), "comment", note));
    }

    private AppUser user(String username) {
        return users.find(username).orElseThrow();
    }

    private long projectId(String reference) {
        return work
                .projects(
                        user("admin"),
                        new InternationalWork.ProjectFilter(DemoProgramme.PROGRAMME, null, null, null, null, false),
                        0,
                        50)
                .items()
                .stream()
                .filter(p -> p.reference().equals(reference))
                .findFirst()
                .orElseThrow()
                .id();
    }

    /** A stage as ISO's open data writes it: 4020 is 40.20. */
    private static String stage(int iso) {
        return HarmonizedStage.fromIsoInteger(iso).orElseThrow();
    }

    private void committee(
            AppUser admin, String code, IntlBody body, Long isoId, String nameEn, String nameZh, String mirror) {
        work.createCommittee(
                admin,
                new InternationalWork.CommitteeRequest(
                        code, body, isoId, nameEn, nameZh, Membership.P, mirror, "CESI"));
    }

    private long expert(AppUser admin, String name, String nameZh, Expert.Role role, String committee) {
        return experts.register(
                        admin,
                        new Experts.ExpertRequest(
                                name,
                                nameZh,
                                "CESI",
                                null,
                                role,
                                Expert.Status.REGISTERED,
                                null,
                                List.of(new Experts.MembershipRequest(committee, null))))
                .id();
    }

    private void project(
            AppUser admin,
            IntlBody body,
            String reference,
            Long isoId,
            String title,
            String titleZh,
            String committee,
            DeliverableType type,
            String stage,
            ChinaRole role,
            String domain,
            LocalDate publicationDate,
            Long leader,
            List<Long> editors,
            List<InternationalWork.CounterpartRequest> counterparts) {
        work.createProject(
                admin,
                new InternationalWork.ProjectRequest(
                        DemoProgramme.PROGRAMME,
                        body,
                        reference,
                        isoId,
                        title,
                        titleZh,
                        committee,
                        type,
                        stage,
                        role,
                        leader,
                        editors,
                        publicationDate == null ? LocalDate.of(2027, 6, 30) : null,
                        null,
                        domain,
                        publicationDate,
                        null,
                        publicationDate != null ? publicationDate : LocalDate.of(2025, 11, 3),
                        counterparts));
    }
}
