package org.stdtrack.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.stdtrack.files.TableFile;
import org.stdtrack.identity.AppUser;
import org.stdtrack.identity.Role;
import org.stdtrack.identity.RoleGrant;
import org.stdtrack.persistence.Sha256;
import org.stdtrack.portfolio.PortfolioImport;
import org.stdtrack.support.BenchmarkData;

/**
 * The country's standards system at a scale (1.0 = issue 34's figures): committees and subcommittees, accounts
 * with their committee roles, and the standards brought in through the portfolio import, as an installation
 * taking over an existing portfolio would, so that each has its history, its running process and its timers.
 * Reference data and accounts are written by JDBC batches (they have no process); the standards by the import,
 * in files of at most {@link #FILE_ROWS} rows (the import's limit per file).
 *
 * <p>Two named programmes: {@link #CLOUD} holds {@link Size#programme()} standards (2,000 at any scale that has
 * them), among them the {@link #BIG_COMMITTEE}'s 300, whose secretariat is {@code secretary300}; {@link #ALL}
 * holds the rest. {@code reviewer5} works in the drafting groups of five committees.
 */
final class NationalData {

    static final String ALL = "NATIONAL";
    static final String CLOUD = "CLOUD-NATIONAL";
    static final String BIG_COMMITTEE = "TC28-SC38";
    static final String PASSWORD = "national-password-1";
    static final int FILE_ROWS = 20_000;
    static final String[] WORDS = {"cloud", "edge", "storage", "security", "service", "network", "data", "platform"};
    private static final String[] DOMAINS = {"BAS.TERM", "TEC.INFRA", "SRV.IAAS", "APP.IT", "MGT.OPS", "SEC.DATA"};
    private static final String[] SECTOR_PREFIXES = {"YD/T", "SJ/T", "JR/T", "GA/T", "DL/T", "HG/T", "JB/T", "QC/T"};
    private static final String[] IN_DEVELOPMENT = {
        "PRELIMINARY", "PROPOSAL", "DRAFTING", "CONSULTATION", "TECHNICAL_REVIEW", "APPROVAL"
    };
    private static final AppUser ADMIN =
            new AppUser("admin", "Benchmark", null, Set.of(new RoleGrant(Role.ADMIN, null, null)));

    /** How many of each: issue 34's national figures times the scale. */
    record Size(
            int committees,
            int accounts,
            int nationalPublished,
            int sectorPublished,
            int inDevelopment,
            int withdrawn,
            int programme) {

        static Size at(double scale) {
            int published = (int) Math.round(125_000 * scale);
            int development = (int) Math.round(10_000 * scale);
            int withdrawn = (int) Math.round(15_000 * scale);
            return new Size(
                    Math.max(10, (int) Math.round(1_300 * scale)),
                    Math.max(100, (int) Math.round(60_000 * scale)),
                    (int) Math.round(45_000 * scale),
                    published - (int) Math.round(45_000 * scale),
                    development,
                    withdrawn,
                    Math.min(2_000, (published + development) / 2));
        }

        int rows() {
            return nationalPublished + sectorPublished + inDevelopment + withdrawn;
        }
    }

    /** What building took: reference data and accounts, then each import file, and the heap's peak. */
    record Built(
            Size size,
            Duration accounts,
            Duration imports,
            long importedRows,
            long withProcess,
            long heapPeakMb,
            long openTasks,
            long timers,
            List<String> files) {}

    private final ConfigurableApplicationContext app;
    private final JdbcTemplate jdbc;
    private final Random random = new Random(34);
    private final List<String> nationalCommittees = new ArrayList<>();
    private final List<String> sectorCommittees = new ArrayList<>();
    private final Map<String, String> sectorPrefix = new HashMap<>();

    NationalData(ConfigurableApplicationContext app) {
        this.app = app;
        this.jdbc = app.getBean(JdbcTemplate.class);
    }

    Built build(Size size, Path workDir) throws IOException {
        long start = System.nanoTime();
        committeesAndProgrammes(size);
        accounts(size);
        Duration accounts = Duration.ofNanos(System.nanoTime() - start);

        PortfolioImport imports = app.getBean(PortfolioImport.class);
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        List<String> files = new ArrayList<>();
        long imported = 0;
        start = System.nanoTime();
        Rows rows = new Rows(size);
        for (String programme : List.of(CLOUD, ALL)) {
            int total = programme.equals(CLOUD) ? size.programme() : size.rows() - size.programme();
            for (int done = 0; done < total; done += FILE_ROWS) {
                int count = Math.min(FILE_ROWS, total - done);
                Path file = workDir.resolve("national-" + programme + "-" + done + ".csv");
                rows.write(file, programme, count);
                long fileStart = System.nanoTime();
                var result = imports.run(
                        ADMIN,
                        programme,
                        false,
                        new PortfolioImport.Upload(
                                file.getFileName().toString(),
                                TableFile.CSV,
                                file,
                                Sha256.of(Files.readAllBytes(file))));
                if (!result.errors().isEmpty() || result.created() != count) {
                    throw new IllegalStateException(file + ": " + result.created() + " created, errors "
                            + result.errors()
                                    .subList(0, Math.min(3, result.errors().size())));
                }
                imported += count;
                files.add("%s: %,d rows in %.1f s".formatted(file.getFileName(), count, seconds(fileStart)));
                System.out.println("national data: " + files.get(files.size() - 1));
                Files.delete(file);
            }
        }
        Duration importTime = Duration.ofNanos(System.nanoTime() - start);
        long heapPeak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
        return new Built(
                size,
                accounts,
                importTime,
                imported,
                jdbc.queryForObject("select count(*) from standard where process_instance_id is not null", Long.class),
                heapPeak >> 20,
                jdbc.queryForObject("select count(*) from open_task", Long.class),
                jdbc.queryForObject("select count(*) from act_ru_job where type_ = 'timer'", Long.class),
                files);
    }

    /** The engine's starts of the reference, in one transaction each as many as this. */
    private static final int REFERENCE_CHUNK = 1_000;

    /**
     * The reference for the import: the engine alone starting as many lifecycle instances before the activities
     * the import places standards at, each for another standard of the data set, {@value #REFERENCE_CHUNK} to a
     * transaction (rolled back, so the data set stays as built).
     */
    static Duration engineStarts(ConfigurableApplicationContext app, long count) {
        RuntimeService runtime = app.getBean(RuntimeService.class);
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        List<Long> ids = jdbc.queryForList("select id from standard order by id", Long.class);
        String[] waits = {"submitProposal", "submitDraft", "submitForApproval", "periodicReview"};
        TransactionTemplate transactions = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
        long start = System.nanoTime();
        for (long done = 0; done < count; done += REFERENCE_CHUNK) {
            long from = done;
            long chunk = Math.min(REFERENCE_CHUNK, count - done);
            transactions.executeWithoutResult(status -> {
                for (int i = 0; i < chunk; i++) {
                    long standard = ids.get((int) ((from + i) % ids.size()));
                    BenchmarkData.engineStart(runtime, standard, waits[i % waits.length]);
                }
                status.setRollbackOnly();
            });
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** Committees named {@code N0001…} (national, two in five) and {@code S0001…} (sector), and the programmes. */
    private void committeesAndProgrammes(Size size) {
        jdbc.update(
                "insert into programme (code, name_en, name_zh, target_standards, target_date, target_enterprises)"
                        + " values (?, 'The national system', '国家标准体系', 30000, date '2027-12-31', 1000),"
                        + " (?, 'National cloud standards', '国家云计算标准', 1500, date '2027-12-31', 1000)",
                ALL,
                CLOUD);
        List<Object[]> committees = new ArrayList<>();
        nationalCommittees.add(BIG_COMMITTEE);
        for (int i = 1; i < size.committees(); i++) {
            boolean national = i % 5 < 2;
            String code = (national ? "N" : "S") + "%04d".formatted(i);
            String prefix = national ? null : SECTOR_PREFIXES[i % SECTOR_PREFIXES.length];
            (national ? nationalCommittees : sectorCommittees).add(code);
            if (prefix != null) {
                sectorPrefix.put(code, prefix);
            }
            committees.add(new Object[] {
                code,
                national ? "NATIONAL" : "SECTOR",
                "Committee " + code,
                "标准化技术委员会 " + code,
                prefix,
                national ? "MEETING" : "CORRESPONDENCE"
            });
        }
        jdbc.batchUpdate(
                "insert into committee (code, level, name_en, name_zh, sector_prefix, review_mode)"
                        + " values (?, ?, ?, ?, ?, ?)",
                committees);
        // The load registers proposals and completes their first task: as in the operations suites, the big
        // committee takes them without members' support or a proposal package.
        // Its review is by correspondence: its ballots are tasks of its voting members, which the load votes on.
        jdbc.update(
                "update committee set proposal_support = 'NONE', proposal_package = false,"
                        + " review_mode = 'CORRESPONDENCE' where code = ?",
                BIG_COMMITTEE);
    }

    /**
     * Accounts: a secretariat for every committee ({@code sec-<code>}, {@code secretary300} for the big one),
     * the named readers of the load, and members holding one to five committee roles each.
     */
    private void accounts(Size size) {
        String password = app.getBean(PasswordEncoder.class).encode(PASSWORD);
        List<Object[]> users = new ArrayList<>();
        List<Object[]> grants = new ArrayList<>();
        List<String> all = new ArrayList<>(nationalCommittees);
        all.addAll(sectorCommittees);
        for (String committee : all) {
            String name = committee.equals(BIG_COMMITTEE) ? "secretary300" : "sec-" + committee;
            users.add(new Object[] {name, password, "Secretariat " + committee});
            grants.add(new Object[] {name, Role.SECRETARIAT.name(), committee, null});
        }
        for (int v = 1; v <= VOTERS; v++) {
            users.add(new Object[] {voter(v), password, "Voting member " + v});
            grants.add(new Object[] {voter(v), Role.VOTING_MEMBER.name(), BIG_COMMITTEE, null});
        }
        users.add(new Object[] {"reviewer5", password, "Reviewer in five committees"});
        for (int i = 0; i < 5; i++) {
            grants.add(new Object[] {"reviewer5", Role.DRAFTING_GROUP.name(), all.get(i), null});
            grants.add(new Object[] {"reviewer5", Role.INDUSTRY_REVIEWER.name(), all.get(i), null});
        }
        users.add(new Object[] {"nat-observer", password, "Programme office"});
        grants.add(new Object[] {"nat-observer", Role.OBSERVER.name(), null, null});
        users.add(new Object[] {"nat-manager", password, "Cloud programme manager"});
        grants.add(new Object[] {"nat-manager", Role.PROGRAMME_MANAGER.name(), null, CLOUD});
        users.add(new Object[] {"national-admin", password, "Administrator"});
        grants.add(new Object[] {"national-admin", Role.ADMIN.name(), null, null});
        Role[] memberRoles = {Role.DRAFTING_GROUP, Role.INDUSTRY_REVIEWER, Role.ACADEMIC_REVIEWER, Role.VOTING_MEMBER};
        for (int i = users.size(); i < size.accounts(); i++) {
            String name = "member" + i;
            users.add(new Object[] {name, password, "Member " + i});
            Set<String> seen = new HashSet<>();
            for (int g = 1 + random.nextInt(5); g > 0; g--) {
                String committee = all.get(random.nextInt(all.size()));
                Role role = memberRoles[random.nextInt(memberRoles.length)];
                if (seen.add(role + committee)) {
                    grants.add(new Object[] {name, role.name(), committee, null});
                }
            }
            if (users.size() == 5_000) {
                flushAccounts(users, grants);
            }
        }
        flushAccounts(users, grants);
    }

    /** The big committee's voting members: {@code voter1…}; each has a vote task in every open ballot. */
    static final int VOTERS = 30;

    /** The big committee's standards in technical review, each with a ballot open for two more weeks. */
    static final int BALLOTS = 60;

    static String voter(int n) {
        return "voter" + n;
    }

    private void flushAccounts(List<Object[]> users, List<Object[]> grants) {
        jdbc.batchUpdate("insert into app_user (username, password, display_name) values (?, ?, ?)", users);
        jdbc.batchUpdate(
                "insert into user_role (username, role, committee_code, programme_code) values (?, ?, ?, ?)", grants);
        users.clear();
        grants.clear();
    }

    /** The rows of the import files, numbered across files, each standard placed in its committee and stage. */
    private final class Rows {
        private final Size size;
        private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        private int serial;
        private int bigCommittee;

        Rows(Size size) {
            this.size = size;
        }

        void write(Path file, String programme, int count) throws IOException {
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write("title,type,domain,committee,lead_organisation,stage,stage_entered_on,plan_number,"
                        + "plan_approved_on,published_number,publication_date,implementation_date,withdrawn_on,"
                        + "ballot_closes_on\n");
                for (int i = 0; i < count; i++) {
                    out.write(row(programme));
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }

        /**
         * A standard of the big committee while it has fewer than 300 (in the cloud programme), else of a random
         * committee; in development, withdrawn, in periodic review, published or in force in the shares of the
         * national figures. In-force standards entered into force within the last 4½ years, so that their periodic
         * review (five years) is still ahead, as in a system that reviews on time.
         */
        String row(String programme) {
            int n = serial++;
            String committee;
            if (programme.equals(CLOUD) && bigCommittee < 300) {
                committee = BIG_COMMITTEE;
                bigCommittee++;
            } else {
                boolean national = random.nextInt(125) < 45;
                List<String> from = national || sectorCommittees.isEmpty() ? nationalCommittees : sectorCommittees;
                committee = from.get(random.nextInt(from.size()));
            }
            boolean sector = sectorPrefix.containsKey(committee);
            int kind = random.nextInt(size.rows());
            String stage;
            if (committee.equals(BIG_COMMITTEE) && bigCommittee <= BALLOTS) {
                stage = "TECHNICAL_REVIEW";
            } else if (kind < size.inDevelopment()) {
                stage = IN_DEVELOPMENT[n % IN_DEVELOPMENT.length];
            } else if (kind < size.inDevelopment() + size.withdrawn()) {
                stage = "WITHDRAWN";
            } else {
                int p = random.nextInt(100);
                stage = p < 4 ? "PUBLISHED" : p < 8 ? "PERIODIC_REVIEW" : "IN_FORCE";
            }
            boolean developing = List.of(IN_DEVELOPMENT).contains(stage);
            boolean planned = developing && !stage.equals("PRELIMINARY") && !stage.equals("PROPOSAL");
            LocalDate inForce = switch (stage) {
                case "PUBLISHED" -> today.plusDays(1 + random.nextInt(180));
                case "IN_FORCE" -> today.minusDays(1 + random.nextInt(1640));
                case "PERIODIC_REVIEW", "WITHDRAWN" -> today.minusYears(5).minusDays(random.nextInt(2000));
                default -> null;
            };
            LocalDate published = inForce == null ? null : inForce.minusMonths(6);
            String title = WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)]
                    + " requirements part " + n;
            String number = published == null
                    ? ""
                    : (sector ? sectorPrefix.get(committee) : "GB/T") + " " + (10_000 + n) + "-" + published.getYear();
            return String.join(
                            ",",
                            title,
                            sector ? "SECTOR" : "GB_T",
                            DOMAINS[random.nextInt(DOMAINS.length)],
                            committee,
                            "CESI",
                            stage,
                            developing || stage.equals("PERIODIC_REVIEW")
                                    ? today.minusDays(1 + random.nextInt(300)).toString()
                                    : "",
                            planned ? "N" + n : "",
                            planned ? today.minusYears(1).toString() : "",
                            number,
                            published == null ? "" : published.toString(),
                            inForce == null ? "" : inForce.toString(),
                            stage.equals("WITHDRAWN")
                                    ? today.minusDays(1 + random.nextInt(300)).toString()
                                    : "",
                            stage.equals("TECHNICAL_REVIEW")
                                    ? today.plusDays(14).toString()
                                    : "")
                    + "\n";
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
