package org.stdtrack.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.stdtrack.identity.AppUser;
import org.stdtrack.identity.UserRepository;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardRepository;
import org.stdtrack.standard.StandardType;
import org.stdtrack.standardsystem.SystemRow;
import org.stdtrack.standardsystem.SystemTables;

/**
 * The demo programme's standard system: the 2015 system table (without the areas the 2025 guideline added) and
 * the current 2025 one, with every demo standard in its row, published cloud standards as existing rows outside
 * the tracker, and target rows still to be started, so that the first day shows real gaps.
 */
@Component
@Profile("demo")
class DemoSystemTables {

    /** The nodes the 2025 guideline added to the 2015 system. */
    private static final Set<String> NEW_IN_2025 = Set.of(
            "SRV.DAAS",
            "SRV.AIAAS",
            "SRV.SECAAS",
            "APP",
            "APP.IT",
            "APP.INDUSTRY",
            "MGT",
            "MGT.DESIGN",
            "MGT.DELIVERY",
            "MGT.OPS",
            "MGT.QUALITY");

    /** Published cloud standards the tracker does not hold: node, number, title, Chinese title. */
    private static final List<String[]> EXISTING = List.of(
            new String[] {"BAS.TERM", "GB/T 32400-2015", "Cloud computing — Overview and vocabulary (2015)", "云计算 概览与词汇"
            },
            new String[] {"BAS.ARCH", "GB/T 32399-2015", "Cloud computing — Reference architecture", "云计算 参考架构"},
            new String[] {"SEC.SERVICE", "GB/T 31167-2014", "Security guide of cloud computing services", "云计算服务安全指南"},
            new String[] {
                "SEC.SERVICE",
                "GB/T 31168-2014",
                "Security capability requirements of cloud computing services",
                "云计算服务安全能力要求"
            },
            new String[] {"SRV.IAAS", "GB/T 36325-2018", "Cloud service level agreement specification", "云服务级别协议规范"});

    /** Planned standards nobody has started: node, title, Chinese title, target year. */
    private static final List<String[]> TO_START = List.of(
            new String[] {"SRV.AIAAS", "AI as a service — General requirements", "人工智能即服务 通用要求", "2026"},
            new String[] {"SRV.DAAS", "Data as a service — Data delivery interfaces", "数据即服务 数据交付接口", "2026"},
            new String[] {"SRV.SECAAS", "Security as a service — Capability requirements", "安全即服务 能力要求", "2027"},
            new String[] {"APP.INDUSTRY", "Industry cloud — Reference model for finance", "行业云 金融参考模型", "2027"},
            new String[] {"MGT.DESIGN", "Cloud service design — Capability assessment", "云服务设计 能力评估", "2026"},
            new String[] {"MGT.OPS", "Cloud operations — Observability requirements", "云运维 可观测性要求", "2027"},
            new String[] {"BAS.TALENT", "Cloud computing talent — Skills framework", "云计算人才 技能框架", "2026"});

    private final SystemTables tables;
    private final StandardRepository standards;
    private final UserRepository users;

    DemoSystemTables(SystemTables tables, StandardRepository standards, UserRepository users) {
        this.tables = tables;
        this.standards = standards;
        this.users = users;
    }

    boolean isLoaded() {
        return !tables.tables(DemoProgramme.PROGRAMME).isEmpty();
    }

    void load() {
        AppUser admin = users.find("admin").orElseThrow();
        String programme = DemoProgramme.PROGRAMME;
        tables.create(
                admin,
                programme,
                new SystemTables.NewTable(
                        "2015",
                        "Cloud computing standard system (2015)",
                        "云计算综合标准化体系（2015）",
                        LocalDate.of(2015, 10, 16),
                        null));
        tables.retireNodes(admin, programme, "2015", NEW_IN_2025);
        for (String[] e : EXISTING) {
            if (!e[1].endsWith("2018")) {
                tables.addRow(admin, programme, "2015", existing(e));
            }
        }
        tables.create(
                admin,
                programme,
                new SystemTables.NewTable(
                        "2025",
                        "Cloud computing comprehensive standardization system (2025)",
                        "云计算综合标准化体系（2025）",
                        LocalDate.of(2025, 10, 20),
                        null));
        tables.change(admin, programme, "2025", new SystemTables.TableChange(null, null, true));
        for (String[] e : EXISTING) {
            tables.addRow(admin, programme, "2025", existing(e));
        }
        for (Standard s : standards.inProgramme(programme)) {
            var row = tables.addRow(
                    admin,
                    programme,
                    "2025",
                    new SystemTables.RowRequest(
                            s.domain(),
                            s.title(),
                            s.titleZh(),
                            level(s.type()),
                            true,
                            SystemRow.Priority.HIGH,
                            2027,
                            s.internationalReference(),
                            null,
                            null,
                            null,
                            null));
            tables.link(admin, programme, "2025", row.id(), new SystemTables.Link(s.id()));
        }
        for (String[] t : TO_START) {
            tables.addRow(
                    admin,
                    programme,
                    "2025",
                    new SystemTables.RowRequest(
                            t[0],
                            t[1],
                            t[2],
                            SystemRow.Level.GB_T,
                            true,
                            SystemRow.Priority.MEDIUM,
                            Integer.valueOf(t[3]),
                            null,
                            null,
                            null,
                            null,
                            null));
        }
    }

    private static SystemTables.RowRequest existing(String[] e) {
        return new SystemTables.RowRequest(
                e[0],
                e[2],
                e[3],
                SystemRow.Level.GB_T,
                false,
                SystemRow.Priority.MEDIUM,
                null,
                null,
                null,
                e[1],
                SystemRow.ExternalStatus.EXISTING,
                null);
    }

    private static SystemRow.Level level(StandardType type) {
        return switch (type) {
            case GB -> SystemRow.Level.GB;
            case GB_T -> SystemRow.Level.GB_T;
            case GB_Z -> SystemRow.Level.GB_Z;
            case SECTOR -> SystemRow.Level.SECTOR;
        };
    }
}
