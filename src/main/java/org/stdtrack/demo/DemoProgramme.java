package org.stdtrack.demo;

import static org.stdtrack.standard.Stage.APPROVAL;
import static org.stdtrack.standard.Stage.CANCELLED;
import static org.stdtrack.standard.Stage.CONSULTATION;
import static org.stdtrack.standard.Stage.DRAFTING;
import static org.stdtrack.standard.Stage.IN_FORCE;
import static org.stdtrack.standard.Stage.PRELIMINARY;
import static org.stdtrack.standard.Stage.PROPOSAL;
import static org.stdtrack.standard.Stage.PUBLISHED;
import static org.stdtrack.standard.Stage.TECHNICAL_REVIEW;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.stdtrack.amendment.Amendments;
import org.stdtrack.ballot.ReviewMeetings;
import org.stdtrack.ballot.Vote;
import org.stdtrack.consultation.Comment;
import org.stdtrack.consultation.Consultations;
import org.stdtrack.document.DocumentKind;
import org.stdtrack.engine.EngineTime;
import org.stdtrack.identity.AppUser;
import org.stdtrack.identity.UserRepository;
import org.stdtrack.lifecycle.Lifecycle;
import org.stdtrack.plan.PlanChangeModel;
import org.stdtrack.plan.PlanChangeRequests;
import org.stdtrack.plan.WorkPlans;
import org.stdtrack.policy.ProgrammeClock;
import org.stdtrack.proposal.ProposalSupport;
import org.stdtrack.standard.InternationalDegree;
import org.stdtrack.standard.LifecycleDecisions.Approval;
import org.stdtrack.standard.LifecycleDecisions.CommentsResolution;
import org.stdtrack.standard.LifecycleDecisions.FailedBallot;
import org.stdtrack.standard.LifecycleDecisions.SubmissionReview;
import org.stdtrack.standard.LifecycleTask;
import org.stdtrack.standard.PlanChange;
import org.stdtrack.standard.Stage;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardRepository;
import org.stdtrack.standard.StandardRepository.NewStandard;
import org.stdtrack.standard.StandardType;
import org.stdtrack.tasks.Worklist;
import org.stdtrack.translation.Translations;

/**
 * The demo programme: 32 standards of CLOUD-2025 spread over the six domains and the stages. Each is
 * replayed through the real lifecycle, by the demo users, with the clock set back to when the work
 * happened, so histories, deadlines and overdue flags are what a year of real work would leave.
 */
@Component
@Profile("demo")
class DemoProgramme {

    static final String PROGRAMME = "CLOUD-2025";

    /**
     * One demo work item: what it is, how many days ago it was registered, and the stage it has reached.
     * The ages fit the replayed timeline (registration to ballot opening takes about 195 days, to
     * publication about 242, to entry into force about 425), so open periods are still open today.
     */
    record Item(
            String title,
            String titleZh,
            StandardType type,
            String domain,
            String lead,
            String international,
            InternationalDegree degree,
            int daysAgo,
            Stage reached) {

        Item(String title, String titleZh, StandardType type, String domain, int daysAgo, Stage reached) {
            this(
                    title,
                    titleZh,
                    type,
                    domain,
                    type == StandardType.SECTOR ? "CAICT" : "CESI",
                    null,
                    null,
                    daysAgo,
                    reached);
        }

        String committee() {
            return type == StandardType.SECTOR ? DemoUsers.SECTOR : DemoUsers.NATIONAL;
        }
    }

    static final List<Item> ITEMS = List.of(
            new Item(
                    "Cloud computing — Overview and vocabulary",
                    "云计算 概览与词汇",
                    StandardType.GB_T,
                    "BAS.TERM",
                    "CESI",
                    "ISO/IEC 22123-1:2023",
                    InternationalDegree.IDT,
                    520,
                    IN_FORCE),
            new Item(
                    "Cloud computing — Reference architecture",
                    "云计算 参考架构",
                    StandardType.GB_T,
                    "BAS.ARCH",
                    540,
                    IN_FORCE),
            new Item(
                    "Cloud computing professional competence framework",
                    "云计算从业人员能力框架",
                    StandardType.GB_T,
                    "BAS.TALENT",
                    30,
                    PRELIMINARY),
            new Item(
                    "Cloud infrastructure — Heterogeneous computing resource pools",
                    "云基础设施 异构算力资源池",
                    StandardType.GB_T,
                    "TEC.INFRA",
                    330,
                    APPROVAL),
            new Item(
                    "Cloud platform — Container orchestration interfaces",
                    "云平台 容器编排接口",
                    StandardType.GB_T,
                    "TEC.PLATFORM",
                    215,
                    TECHNICAL_REVIEW),
            new Item(
                    "Cloud interaction — Multi-cloud management interfaces",
                    "云交互 多云管理接口",
                    StandardType.GB_T,
                    "TEC.INTERACT",
                    170,
                    CONSULTATION),
            new Item(
                    "Cloud deployment — Hybrid cloud deployment requirements",
                    "云部署 混合云部署要求",
                    StandardType.GB_T,
                    "TEC.DEPLOY",
                    120,
                    DRAFTING),
            new Item(
                    "Infrastructure as a service — Elastic compute service requirements",
                    "基础设施即服务 弹性计算服务要求",
                    StandardType.GB_T,
                    "SRV.IAAS",
                    510,
                    IN_FORCE),
            new Item(
                    "Platform as a service — Application hosting capability",
                    "平台即服务 应用托管能力要求",
                    StandardType.GB_T,
                    "SRV.PAAS",
                    360,
                    PUBLISHED),
            new Item(
                    "Data as a service — Data service interface requirements",
                    "数据即服务 数据服务接口要求",
                    StandardType.GB_T,
                    "SRV.DAAS",
                    200,
                    CONSULTATION),
            new Item(
                    "AI as a service — Model service capability requirements",
                    "人工智能即服务 模型服务能力要求",
                    StandardType.GB_T,
                    "SRV.AIAAS",
                    40,
                    PROPOSAL),
            new Item(
                    "Software as a service — Service quality evaluation",
                    "软件即服务 服务质量评价",
                    StandardType.GB_T,
                    "SRV.SAAS",
                    300,
                    APPROVAL),
            new Item(
                    "Security as a service — Capability requirements",
                    "安全即服务 能力要求",
                    StandardType.GB_T,
                    "SRV.SECAAS",
                    150,
                    DRAFTING),
            new Item(
                    "Cloud computing and AI integration — Reference framework",
                    "云计算与人工智能融合 参考框架",
                    StandardType.GB_T,
                    "APP.IT",
                    20,
                    PROPOSAL),
            new Item(
                    "Industrial cloud platform — Application guidelines",
                    "工业云平台 应用指南",
                    StandardType.GB_T,
                    "APP.INDUSTRY",
                    210,
                    TECHNICAL_REVIEW),
            new Item(
                    "Cloud service design — Architecture design guidelines",
                    "云服务设计 架构设计指南",
                    StandardType.GB_T,
                    "MGT.DESIGN",
                    180,
                    CONSULTATION),
            new Item(
                    "Cloud service delivery — Migration requirements",
                    "云服务交付 迁移要求",
                    StandardType.GB_T,
                    "MGT.DELIVERY",
                    600,
                    DRAFTING),
            new Item(
                    "Cloud operation and maintenance — Capability maturity model",
                    "云运维 能力成熟度模型",
                    StandardType.GB_T,
                    "MGT.OPS",
                    380,
                    PUBLISHED),
            new Item(
                    "Cloud service quality evaluation — Indicator system",
                    "云服务质量评价 指标体系",
                    StandardType.GB_T,
                    "MGT.QUALITY",
                    90,
                    DRAFTING),
            new Item(
                    "Cloud computing service level agreement framework",
                    "云计算服务级别协议框架",
                    StandardType.GB_T,
                    "MGT.QUALITY",
                    "CESI",
                    "ISO/IEC 19086-1:2016",
                    InternationalDegree.MOD,
                    100,
                    CONSULTATION),
            new Item(
                    "Cloud network security protection requirements",
                    "云计算网络安全防护要求",
                    StandardType.GB,
                    "SEC.NET",
                    320,
                    APPROVAL),
            new Item(
                    "Cloud data security — Data classification and protection",
                    "云数据安全 数据分类分级保护",
                    StandardType.GB,
                    "SEC.DATA",
                    205,
                    TECHNICAL_REVIEW),
            new Item(
                    "Cloud system security — Virtualisation security requirements",
                    "云系统安全 虚拟化安全要求",
                    StandardType.GB_T,
                    "SEC.SYSTEM",
                    15,
                    PRELIMINARY),
            new Item(
                    "Cloud service security — Tenant isolation evaluation",
                    "云服务安全 租户隔离评估",
                    StandardType.GB_T,
                    "SEC.SERVICE",
                    45,
                    PROPOSAL),
            new Item(
                    "Cloud application security — API security requirements",
                    "云应用安全 接口安全要求",
                    StandardType.GB_T,
                    "SEC.APP",
                    110,
                    CANCELLED),
            new Item(
                    "Cloud-native middleware technical requirements",
                    "云原生中间件技术要求",
                    StandardType.GB_T,
                    "TEC.PLATFORM",
                    140,
                    DRAFTING),
            new Item(
                    "Telecom cloud — Computing power network interconnection",
                    "电信云 算力网络互联要求",
                    StandardType.SECTOR,
                    "TEC.INTERACT",
                    60,
                    DRAFTING),
            new Item(
                    "Telecom cloud — Edge cloud service requirements",
                    "电信云 边缘云服务要求",
                    StandardType.SECTOR,
                    "SRV.IAAS",
                    80,
                    DRAFTING),
            new Item(
                    "Telecom cloud — Cloud desktop service requirements",
                    "电信云 云桌面服务要求",
                    StandardType.SECTOR,
                    "SRV.SAAS",
                    35,
                    PROPOSAL),
            new Item(
                    "Telecom cloud — Operations data interface",
                    "电信云 运维数据接口",
                    StandardType.SECTOR,
                    "MGT.OPS",
                    25,
                    PROPOSAL),
            new Item(
                    "Telecom cloud — Cloud network security monitoring",
                    "电信云 云网安全监测",
                    StandardType.SECTOR,
                    "SEC.NET",
                    12,
                    PRELIMINARY),
            new Item(
                    "Cloud data centre — Energy efficiency evaluation",
                    "云数据中心 能效评估",
                    StandardType.GB_T,
                    "TEC.INFRA",
                    250,
                    CONSULTATION),
            new Item(
                    "Telecom cloud — Industry cloud application evaluation",
                    "电信云 行业云应用评估",
                    StandardType.SECTOR,
                    "APP.INDUSTRY",
                    8,
                    PRELIMINARY));

    /** What happens to a few items on their way, so that the demo's history is not one straight line. */
    enum Twist {
        /** The approver returns the submission once (50.92) before approving it. */
        RETURNED_BY_APPROVER,
        /** The first ballot fails (two disapprovals); the secretariat repeats it (40.93) and it passes. */
        BALLOT_REPEATED,
        /** Terminated by an approved plan change while its draft is out for comments (30.98). */
        CANCELLED_IN_CONSULTATION
    }

    static final Map<String, Twist> TWISTS = Map.of(
            "Platform as a service — Application hosting capability", Twist.RETURNED_BY_APPROVER,
            "Cloud infrastructure — Heterogeneous computing resource pools", Twist.BALLOT_REPEATED,
            "Cloud data centre — Energy efficiency evaluation", Twist.CANCELLED_IN_CONSULTATION);

    /** References recorded as each citing item is registered (citing → cited, by the start of their titles). */
    static final List<DemoActivity.Citation> CITATIONS = List.of(
            new DemoActivity.Citation("Cloud computing — Reference architecture", "Cloud computing — Overview", true),
            new DemoActivity.Citation("Infrastructure as a service", "Cloud computing — Reference architecture", true),
            new DemoActivity.Citation("Platform as a service", "Cloud computing — Overview", true),
            new DemoActivity.Citation(
                    "Cloud service quality evaluation", "Software as a service — Service quality", false),
            new DemoActivity.Citation(
                    "Cloud computing service level agreement", "Cloud service quality evaluation", true),
            new DemoActivity.Citation("Cloud network security protection", "Security as a service", false),
            new DemoActivity.Citation("Cloud data security", "ISO/IEC 27001:2022", true));

    private static final List<String> REVIEWERS = List.of("reviewer1", "reviewer2", "reviewer3", "reviewer4");
    /** TC28-SC38's voting members in the demo. */
    private static final List<String> MEMBERS = List.of("drafter", "reviewer1", "reviewer2", "reviewer3", "reviewer4");
    /** The demo account acting for MIIT, TC28-SC38's competent department. */
    private static final String COMPETENT_DEPARTMENT = "miit";

    private final Lifecycle lifecycle;
    private final Worklist tasks;
    private final Consultations consultations;
    private final StandardRepository standards;
    private final UserRepository users;
    private final EngineTime time;
    private final ProgrammeClock clock;
    private final DemoDocuments documents;
    private final DemoActivity activity;
    private final AtomicInteger serials = new AtomicInteger(45000);
    /** Varies each step's time (seeded: every fresh demo is the same). */
    private SplittableRandom pace;
    /** The demo's today: where the replay ends. */
    private Instant replayedUntil;

    private final PlanChangeRequests planChanges;
    private final ReviewMeetings meetings;
    private final ProposalSupport proposalSupport;
    private final WorkPlans workPlans;
    private final Amendments amendments;
    private final Translations translations;

    DemoProgramme(
            Lifecycle lifecycle,
            Worklist tasks,
            Consultations consultations,
            StandardRepository standards,
            UserRepository users,
            EngineTime time,
            ProgrammeClock clock,
            DemoDocuments documents,
            DemoActivity activity,
            PlanChangeRequests planChanges,
            ReviewMeetings meetings,
            ProposalSupport proposalSupport,
            WorkPlans workPlans,
            Amendments amendments,
            Translations translations) {
        this.workPlans = workPlans;
        this.amendments = amendments;
        this.translations = translations;
        this.proposalSupport = proposalSupport;
        this.meetings = meetings;
        this.planChanges = planChanges;
        this.documents = documents;
        this.activity = activity;
        this.lifecycle = lifecycle;
        this.tasks = tasks;
        this.consultations = consultations;
        this.standards = standards;
        this.users = users;
        this.time = time;
        this.clock = clock;
    }

    boolean isLoaded() {
        return standards.countInProgramme(PROGRAMME) > 0;
    }

    void load() {
        for (String title : TWISTS.keySet()) {
            if (ITEMS.stream().noneMatch(item -> item.title().equals(title))) {
                throw new IllegalStateException("no demo item is titled '" + title + "'");
            }
        }
        pace = new SplittableRandom(20251001);
        time.replay(() -> {
            Instant today = time.now();
            replayedUntil = today;
            Map<String, Long> ids = new HashMap<>();
            for (Item item : ITEMS) {
                time.travelTo(today.minus(Duration.ofDays(item.daysAgo())));
                long id = replay(item);
                ids.put(item.title(), id);
                if (TWISTS.get(item.title()) == Twist.CANCELLED_IN_CONSULTATION) {
                    // A planned project ends by a termination SAC approves, not by its secretariat alone.
                    later(20);
                    planChanges.request(
                            user("secretary"),
                            id,
                            new PlanChangeRequests.NewPlanChange(
                                    PlanChange.Kind.TERMINATION,
                                    "Merged into the data centre work of TC485.",
                                    null,
                                    null,
                                    null,
                                    null,
                                    null));
                    later(5);
                    complete(
                            "sac",
                            id,
                            PlanChangeModel.DECIDE_TASK,
                            Map.of("outcome", PlanChangeModel.Decision.APPROVE.name()));
                }
                if (time.now().isAfter(today)) {
                    throw new IllegalStateException(
                            "demo item '" + item.title() + "' needs more than " + item.daysAgo() + " days");
                }
            }
            time.travelTo(today.minus(Duration.ofDays(40)));
            workOnAStandardInForce(ids.get(AMENDED));
            time.travelTo(today.minus(Duration.ofDays(2)));
            activity.adoptions();
        });
    }

    /** The standard in force the demo amends and translates. */
    static final String AMENDED = "Cloud computing — Reference architecture";

    /**
     * An amendment drafted and out for its month's consultation (its decision falls to SAC once the demo
     * runs), and its English version under way.
     */
    private void workOnAStandardInForce(long id) {
        amendments.register(
                user("secretary"),
                id,
                new Amendments.NewAmendment("Figure 2 leaves out the cloud service partner's role."));
        later(3);
        upload("drafter", id, DocumentKind.AMENDMENT_DRAFT);
        complete("drafter", id, Amendments.DRAFT_TASK, Map.of());
        translations.start(user("secretary"), id, new Translations.NewTranslation("en"));
    }

    /** Walks one work item forward, step by step, until it has reached its stage; its id. */
    private long replay(Item item) {
        String secretary = item.type() == StandardType.SECTOR ? "secretary2" : "secretary";
        String approver = item.type().isNational() ? "sac" : "miit";
        Standard registered = lifecycle.register(
                new NewStandard(
                        PROGRAMME,
                        item.title(),
                        item.titleZh(),
                        item.type(),
                        item.domain(),
                        item.committee(),
                        item.lead(),
                        item.international(),
                        item.degree(),
                        null,
                        null,
                        null,
                        null),
                user(secretary));
        long id = registered.id();
        activity.cite(item.title(), id, CITATIONS);
        if (item.reached() == PRELIMINARY) {
            return id;
        }
        if (item.reached() == CANCELLED) {
            later(20);
            lifecycle.cancel(id, "Merged into the cloud API security work item.", user(secretary));
            return id;
        }
        later(5);
        if (item.type().isNational()) {
            // TC28-SC38's members support the proposal, as its committee's rule asks before it is submitted.
            for (String member : MEMBERS) {
                proposalSupport.record(
                        user(member), id, new ProposalSupport.NewPosition(ProposalSupport.Position.SUPPORT));
            }
        }
        // The proposal package: the proposal, the draft outline and the work plan.
        upload(secretary, id, DocumentKind.PROPOSAL);
        upload(secretary, id, DocumentKind.DRAFT_OUTLINE);
        LocalDate today = clock.today();
        workPlans.set(
                user(secretary),
                id,
                new WorkPlans.WorkPlanRequest(Map.of(
                        WorkPlans.Milestone.DRAFTING, today.plusMonths(4),
                        WorkPlans.Milestone.CONSULTATION, today.plusMonths(7),
                        WorkPlans.Milestone.TECHNICAL_REVIEW, today.plusMonths(10),
                        WorkPlans.Milestone.APPROVAL, today.plusMonths(12))));
        complete(secretary, id, LifecycleTask.SUBMIT_PROPOSAL, Map.of());
        if (item.reached() == PROPOSAL) {
            return id;
        }
        later(7);
        complete(
                approver,
                id,
                LifecycleTask.APPROVE_PROPOSAL,
                Map.of(
                        "outcome",
                        Approval.APPROVE.name(),
                        "planNumber",
                        clock.today().getYear() + String.format("%04d", id) + "-T-469"));
        // The approved proposal's public comment period: the plan takes effect when it ends.
        time.fireNextTimer(id);
        if (item.reached() == DRAFTING) {
            return id;
        }
        if (standards.find(id).orElseThrow().stage() == DRAFTING) {
            later(40);
            upload("drafter", id, DocumentKind.WORKING_DRAFT);
            later(40);
            complete("drafter", id, LifecycleTask.SUBMIT_DRAFT, Map.of());
        }
        later(5);
        upload("drafter", id, DocumentKind.DRAFT_FOR_COMMENTS);
        upload("drafter", id, DocumentKind.DRAFTING_EXPLANATION);
        later(2);
        complete(
                secretary,
                id,
                LifecycleTask.OPEN_CONSULTATION,
                Map.of(
                        "commentDeadline",
                        OffsetDateTime.ofInstant(clock.fromNow(Period.ofDays(60)), clock.zone())
                                .toString()));
        later(10);
        comment(
                "reviewer1",
                id,
                "5.2",
                Comment.CommentType.TECHNICAL,
                "Availability should be measured per calendar month.");
        later(8);
        comment("reviewer3", id, "3.1", Comment.CommentType.EDITORIAL, "Align the definition with GB/T 32400.");
        // Most comments reach a committee by other channels; the secretariat records them as they arrive.
        record(
                secretary,
                id,
                Comment.Channel.LETTER,
                "公安部第三研究所",
                "6.3",
                "Audit logs should be kept for at least six months.");
        record(
                secretary,
                id,
                Comment.Channel.PLATFORM,
                "中国移动通信集团有限公司",
                "5.4",
                "Give the measurement interval for the availability figure.");
        if (item.reached() == CONSULTATION) {
            return id;
        }
        time.fireNextTimer(id);
        later(6);
        for (Comment comment : consultations.comments(id)) {
            consultations.resolve(user("drafter"), id, comment.id(), resolution(comment));
        }
        upload("drafter", id, DocumentKind.DRAFT_FOR_REVIEW);
        if (item.reached() == TECHNICAL_REVIEW) {
            // The review the demo shows under way: the draft went to review a few days ago, its meeting is next.
            Instant recently = replayedUntil.minus(Duration.ofDays(5));
            if (time.now().isBefore(recently)) {
                time.travelTo(recently);
            }
        }
        complete("drafter", id, LifecycleTask.RESOLVE_COMMENTS, Map.of("outcome", CommentsResolution.SUBMIT.name()));
        if (TWISTS.get(item.title()) == Twist.BALLOT_REPEATED) {
            Map<String, Vote> split = new LinkedHashMap<>();
            split.put("reviewer1", Vote.DISAPPROVE);
            split.put("reviewer2", Vote.APPROVE);
            split.put("reviewer3", Vote.DISAPPROVE);
            split.put("reviewer4", Vote.APPROVE);
            reviewMeeting(secretary, id, split, ReviewMeetings.Outcome.VOTE);
            later(9);
            complete(
                    secretary,
                    id,
                    LifecycleTask.DECIDE_FAILED_BALLOT,
                    Map.of(
                            "outcome",
                            FailedBallot.REPEAT.name(),
                            "comment",
                            "Clause 6 rewritten after the interoperability tests."));
        }
        Map<String, Vote> votes = new LinkedHashMap<>();
        votes.put("reviewer1", Vote.APPROVE);
        votes.put("reviewer2", Vote.APPROVE_WITH_COMMENTS);
        if (item.reached() == TECHNICAL_REVIEW) {
            // Two of the four have voted so far; the meeting is ahead.
            reviewMeeting(secretary, id, votes, null);
            return id;
        }
        votes.put("reviewer3", Vote.APPROVE);
        votes.put("reviewer4", Vote.APPROVE);
        // Mandatory standards reach consensus at their meeting; the others count the votes.
        reviewMeeting(
                secretary,
                id,
                votes,
                item.type() == StandardType.GB ? ReviewMeetings.Outcome.CONSENSUS : ReviewMeetings.Outcome.VOTE);
        if (item.reached() == TECHNICAL_REVIEW || item.reached() == APPROVAL) {
            return id;
        }
        later(15);
        upload("drafter", id, DocumentKind.DRAFT_FOR_APPROVAL);
        submitForApproval(secretary, id);
        if (TWISTS.get(item.title()) == Twist.RETURNED_BY_APPROVER) {
            later(9);
            complete(
                    approver,
                    id,
                    LifecycleTask.APPROVE_PUBLICATION,
                    Map.of(
                            "outcome",
                            Approval.REVISE.name(),
                            "comment",
                            "Align the terms with GB/T 32400 before approval."));
            later(10);
            submitForApproval(secretary, id);
        }
        later(7);
        // The demo's references are recorded knowingly: going ahead before a cited draft is published is allowed.
        complete(
                approver,
                id,
                LifecycleTask.APPROVE_PUBLICATION,
                Map.of("outcome", Approval.APPROVE.name(), "acknowledgeUnpublishedReferences", true));
        later(8);
        LocalDate published = clock.today();
        String number = item.type().numberPrefix("YD/T") + " " + serials.incrementAndGet() + "-" + published.getYear()
                + (item.degree() == InternationalDegree.IDT ? "/" + item.international() : "");
        complete(
                approver,
                id,
                LifecycleTask.PUBLISH,
                Map.of(
                        "publishedNumber",
                        number,
                        "publicationDate",
                        published.toString(),
                        "implementationDate",
                        implementation(item, published).toString(),
                        "acknowledgeUnpublishedReferences",
                        true));
        upload(approver, id, DocumentKind.PUBLISHED_TEXT);
        if (item.reached() == IN_FORCE) {
            time.fireNextTimer(id);
        }
        return id;
    }

    /**
     * A review meeting a week and a day after the draft went to review (the papers' notice): the members vote
     * in the tracker, reviewer4 on paper entered by the secretariat; with an outcome, the meeting is held on its
     * day with the attendance and minutes; without one it is still ahead.
     */
    private void reviewMeeting(String secretary, long id, Map<String, Vote> votes, ReviewMeetings.Outcome outcome) {
        Instant at = time.now().plus(Duration.ofDays(8));
        meetings.schedule(
                user(secretary),
                id,
                new ReviewMeetings.Schedule(at.atZone(clock.zone()).toOffsetDateTime(), "CESI, Beijing, and online"));
        if (outcome != ReviewMeetings.Outcome.CONSENSUS) {
            votes.forEach((member, vote) -> {
                later(1);
                boolean onPaper = member.equals("reviewer4");
                meetings.vote(
                        user(onPaper ? secretary : member),
                        id,
                        new ReviewMeetings.MeetingVote(
                                vote,
                                vote == Vote.DISAPPROVE ? "The pool scheduling interface is not yet proven." : null,
                                onPaper ? member : null));
            });
        }
        if (outcome == null) {
            return;
        }
        time.travelTo(at.plus(Duration.ofHours(3)));
        meetings.attendance(
                user(secretary),
                id,
                new ReviewMeetings.Attendance(votes.keySet().stream()
                        .filter(m -> !m.equals("reviewer4"))
                        .toList()));
        upload(secretary, id, DocumentKind.REVIEW_MINUTES);
        complete(secretary, id, LifecycleTask.HOLD_REVIEW_MEETING, Map.of("outcome", outcome.name()));
    }

    /**
     * The secretariat submits; the committee's competent department (MIIT for TC28-SC38) passes it on within
     * the gap the approver's decision used to take alone.
     */
    private void submitForApproval(String secretary, long id) {
        complete(secretary, id, LifecycleTask.SUBMIT_FOR_APPROVAL, Map.of());
        boolean reviewed = tasks.mine(user(COMPETENT_DEPARTMENT), id).stream()
                .anyMatch(t -> t.key().equals(LifecycleTask.REVIEW_SUBMISSION.id()));
        if (reviewed) {
            later(5);
            complete(
                    COMPETENT_DEPARTMENT,
                    id,
                    LifecycleTask.REVIEW_SUBMISSION,
                    Map.of("outcome", SubmissionReview.APPROVE.name()));
        }
    }

    private void complete(String username, long standardId, LifecycleTask userTask, Map<String, Object> body) {
        complete(username, standardId, userTask.id(), body);
    }

    private void complete(String username, long standardId, String taskKey, Map<String, Object> body) {
        AppUser user = user(username);
        var task = tasks.mine(user, standardId).stream()
                .filter(t -> t.key().equals(taskKey))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(username + " has no " + taskKey + " on " + standardId));
        tasks.complete(user, task.id(), new HashMap<>(body));
    }

    private void upload(String username, long standardId, DocumentKind kind) {
        documents.upload(user(username), standards.find(standardId).orElseThrow(), kind);
    }

    private void record(
            String secretary,
            long standardId,
            Comment.Channel channel,
            String organisation,
            String clause,
            String text) {
        consultations.comment(
                user(secretary),
                standardId,
                new Consultations.NewComment(clause, Comment.CommentType.TECHNICAL, text, null, organisation, channel));
    }

    private void comment(String reviewer, long standardId, String clause, Comment.CommentType type, String text) {
        consultations.comment(
                user(reviewer), standardId, new Consultations.NewComment(clause, type, text, null, null, null));
    }

    /**
     * Moves time on by about {@code days}: between 55 % and 100 % of it, so that the stages take different
     * times (never longer, so that every item still reaches its stage within its days).
     */
    private void later(int days) {
        long scaled = Math.max(1, Math.round(days * (0.55 + 0.45 * pace.nextDouble())));
        time.travelTo(time.now().plus(Duration.ofDays(scaled)));
    }

    /**
     * Six months after publication; for a standard the demo shows as published (not yet in force), at
     * least a month after the demo's today, whatever pace brought it there.
     */
    private LocalDate implementation(Item item, LocalDate published) {
        LocalDate sixMonths = published.plusMonths(6);
        LocalDate afterToday = LocalDate.ofInstant(replayedUntil, clock.zone()).plusMonths(1);
        return item.reached() == PUBLISHED && sixMonths.isBefore(afterToday) ? afterToday : sixMonths;
    }

    /** Editorial comments accepted, technical ones partly; every third not accepted, with its reason. */
    private static Consultations.Resolution resolution(Comment comment) {
        if (comment.id() % 3 == 0) {
            return new Consultations.Resolution(
                    Comment.Decision.NOT_ACCEPTED, "Outside the scope of this standard; noted for the next revision.");
        }
        return comment.type() == Comment.CommentType.EDITORIAL
                ? new Consultations.Resolution(Comment.Decision.ACCEPTED, null)
                : new Consultations.Resolution(
                        Comment.Decision.PARTIALLY_ACCEPTED,
                        "Adopted in clause " + comment.clause() + " with editorial changes.");
    }

    private AppUser user(String username) {
        return users.find(username).orElseThrow();
    }
}
