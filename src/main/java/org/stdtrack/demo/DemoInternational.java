package org.stdtrack.demo;

import java.time.LocalDate;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.stdtrack.identity.AppUser;
import org.stdtrack.identity.UserRepository;
import org.stdtrack.international.ChinaRole;
import org.stdtrack.international.DeliverableType;
import org.stdtrack.international.Expert;
import org.stdtrack.international.Experts;
import org.stdtrack.international.HarmonizedStage;
import org.stdtrack.international.InternationalWork;
import org.stdtrack.international.IntlBody;
import org.stdtrack.international.Membership;
import org.stdtrack.standard.InternationalDegree;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardRepository;

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

    DemoInternational(InternationalWork work, Experts experts, StandardRepository standards, UserRepository users) {
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
