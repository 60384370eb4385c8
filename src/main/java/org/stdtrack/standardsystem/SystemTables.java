package org.stdtrack.standardsystem;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stdtrack.audit.AuditAction;
import org.stdtrack.audit.AuditTrail;
import org.stdtrack.identity.AppUser;
import org.stdtrack.identity.Role;
import org.stdtrack.policy.ProgrammeClock;
import org.stdtrack.problem.ApiException;
import org.stdtrack.programme.Domain;
import org.stdtrack.programme.ReferenceData;
import org.stdtrack.standard.Stage;
import org.stdtrack.standard.StageHistory;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardAccess;
import org.stdtrack.standard.StandardRepository;

/**
 * The system tables of a programme: versions, their nodes and rows, and which tracked standard fills each row.
 * The programme's managers and administrators edit them; a committee's secretariat links and unlinks its own committee's standards; every
 * signed-in user reads them, a row filled by a standard in development showing that standard (and the row's
 * own titles) only to those who may see it. Changing one version never changes another.
 */
@Service
public class SystemTables {

    private static final String CODE = "[A-Za-z0-9._-]{1,32}";
    /** Names the API gives to other things under a programme's system tables. */
    private static final Set<String> RESERVED = Set.of("diff");

    public record NewTable(
            @NotBlank @Pattern(regexp = CODE) String version,
            @NotBlank @Size(max = 300) String titleEn,
            @NotBlank @Size(max = 300) String titleZh,
            LocalDate publishedOn,
            @Pattern(regexp = CODE) String basedOn) {}

    public record TableChange(
            @Size(max = 300) String titleEn,
            @Size(max = 300) String titleZh,
            Boolean current) {}

    public record NodeRequest(
            @NotBlank @Pattern(regexp = CODE) String code,
            @Pattern(regexp = CODE) String parent,
            @NotBlank @Size(max = 300) String nameEn,
            @NotBlank @Size(max = 300) String nameZh,
            @Min(0) @Max(10_000) Integer position,
            Boolean retired) {}

    public record RowRequest(
            @NotBlank @Pattern(regexp = CODE) String node,
            @NotBlank @Size(max = 300) String title,
            @Size(max = 300) String titleZh,
            @NotNull SystemRow.Level level,
            Boolean target,
            SystemRow.Priority priority,
            @Min(2000) @Max(2100) Integer targetYear,
            @Size(max = 200) String internationalCounterpart,
            @Size(max = 100) String replaces,
            @Size(max = 100) String externalNumber,
            SystemRow.ExternalStatus externalStatus,
            @Size(max = 2000) String retiredReason) {}

    public record Link(@NotNull Long standardId) {}

    /** A standard that filled a row, and when; standard, number, title and stage null when hidden from the reader. */
    public record RowLink(
            Long standardId,
            String number,
            String title,
            Stage stage,
            Instant linkedAt,
            String linkedBy,
            Instant unlinkedAt,
            String unlinkedBy) {}

    /** A row as its reader may see it: a draft's titles and stage only to those who may see the draft. */
    public record RowView(
            long id,
            String node,
            String title,
            String titleZh,
            SystemRow.Level level,
            boolean target,
            SystemRow.Priority priority,
            Integer targetYear,
            String internationalCounterpart,
            String replaces,
            String externalNumber,
            SystemRow.ExternalStatus externalStatus,
            RowStatus status,
            Stage stage,
            Long standardId,
            String standardNumber,
            String retiredReason) {}

    /** A node with its rows, its children and the counts of its subtree. */
    public record NodeView(
            String code,
            String parent,
            String nameEn,
            String nameZh,
            int position,
            boolean retired,
            List<RowView> rows,
            List<NodeView> children,
            Counts counts,
            Counts targetCounts) {}

    public record TableView(
            String programme,
            String version,
            String titleEn,
            String titleZh,
            LocalDate publishedOn,
            boolean current,
            String basedOn,
            List<NodeView> nodes,
            Counts counts,
            Counts targetCounts) {}

    private final SystemTableRepository repository;
    private final ReferenceData referenceData;
    private final StandardRepository standards;
    private final StandardAccess access;
    private final AuditTrail audit;
    private final ProgrammeClock clock;
    private final StageHistory stageHistory;
    /**
     * The most rows and nodes a version holds (stdtrack.system-tables.max-rows, max-nodes): a national system
     * with room to spare, and bounded work for every page, report and file made of it.
     */
    private final int maxRows;

    private final int maxNodes;

    SystemTables(
            SystemTableRepository repository,
            ReferenceData referenceData,
            StandardRepository standards,
            StandardAccess access,
            AuditTrail audit,
            ProgrammeClock clock,
            StageHistory stageHistory,
            @Value("${stdtrack.system-tables.max-rows:20000}") int maxRows,
            @Value("${stdtrack.system-tables.max-nodes:1000}") int maxNodes) {
        this.maxRows = maxRows;
        this.maxNodes = maxNodes;
        this.stageHistory = stageHistory;
        this.repository = repository;
        this.referenceData = referenceData;
        this.standards = standards;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public List<SystemTable> tables(String programme) {
        referenceData.requireProgramme(programme);
        return repository.tables(programme);
    }

    /**
     * A new version: its nodes the programme's domains as they stand now, or, {@code basedOn} an earlier version,
     * that version's nodes and its rows not linked to a standard. A programme's first version is its current one.
     */
    @Transactional
    public SystemTable create(AppUser user, String programme, NewTable request) {
        requireEditor(user, programme);
        referenceData.requireProgramme(programme);
        if (RESERVED.contains(request.version())
                || repository.table(programme, request.version()).isPresent()) {
            throw ApiException.conflict(
                            "Programme " + programme + " already has a system table " + request.version() + ".")
                    .withText("problem.system.versionTaken", request.version());
        }
        SystemTable base = request.basedOn() == null
                ? null
                : repository
                        .table(programme, request.basedOn())
                        .orElseThrow(() -> ApiException.invalid(
                                        "basedOn",
                                        "Programme " + programme + " has no system table " + request.basedOn() + ".")
                                .withText("problem.system.noVersion", request.basedOn()));
        boolean first = repository.tables(programme).isEmpty();
        long id = repository.insertTable(request, programme, first, clock.now(), user.username());
        if (base == null) {
            List<Domain> domains =
                    referenceData.domains().stream().filter(d -> !d.retired()).toList();
            for (Domain d : domains) {
                repository.insertNode(
                        id, new SystemTable.Node(d.code(), d.parent(), d.nameEn(), d.nameZh(), d.position(), false));
            }
        } else {
            repository.nodes(base.id()).forEach(node -> repository.insertNode(id, node));
            for (SystemRow row : repository.rows(base.id())) {
                if (row.standardId() == null && !row.retired()) {
                    repository.insertRow(id, request(row), row.proposed(), clock.now(), user.username());
                }
            }
        }
        audit.done(user.username(), null, AuditAction.CREATE_SYSTEM_TABLE, programme + "/" + request.version(), null);
        return require(programme, request.version());
    }

    @Transactional
    public SystemTable change(AppUser user, String programme, String version, TableChange change) {
        requireEditor(user, programme);
        SystemTable table = require(programme, version);
        repository.updateTable(
                table.id(),
                change.titleEn() == null || change.titleEn().isBlank() ? table.titleEn() : change.titleEn(),
                change.titleZh() == null || change.titleZh().isBlank() ? table.titleZh() : change.titleZh());
        if (Boolean.TRUE.equals(change.current())) {
            repository.makeCurrent(programme, table.id());
        }
        audit.done(user.username(), null, AuditAction.UPDATE_SYSTEM_TABLE, programme + "/" + version, null);
        return require(programme, version);
    }

    /** Retires these nodes of a version at once (an older structure without the areas added since). */
    @Transactional
    public void retireNodes(AppUser user, String programme, String version, Set<String> codes) {
        requireEditor(user, programme);
        SystemTable table = require(programme, version);
        for (SystemTable.Node n : repository.nodes(table.id())) {
            if (codes.contains(n.code())) {
                repository.updateNode(
                        table.id(),
                        new SystemTable.Node(n.code(), n.parent(), n.nameEn(), n.nameZh(), n.position(), true));
            }
        }
        audit.done(user.username(), null, AuditAction.CHANGE_SYSTEM_TABLE, programme + "/" + version, "nodes retired");
    }

    @Transactional
    public SystemTable.Node addNode(AppUser user, String programme, String version, NodeRequest request) {
        requireEditor(user, programme);
        SystemTable table = require(programme, version);
        List<SystemTable.Node> nodes = repository.nodes(table.id());
        if (nodes.stream().anyMatch(n -> n.code().equals(request.code()))) {
            throw ApiException.conflict("System table " + version + " already has a node " + request.code() + ".")
                    .withText("problem.system.nodeTaken", request.code());
        }
        if (nodes.size() >= maxNodes) {
            throw ApiException.conflict(
                            "System table " + version + " holds " + maxNodes + " nodes, the most a version holds.")
                    .withText("problem.system.tooManyNodes", maxNodes);
        }
        SystemTable.Node node = node(request, nodes.size());
        requireParent(nodes, node);
        repository.insertNode(table.id(), node);
        audit.done(
                user.username(),
                null,
                AuditAction.CHANGE_SYSTEM_TABLE,
                programme + "/" + version,
                "node " + node.code());
        return node;
    }

    /** Renames, moves or retires a node: a retired node keeps its rows, read-only. */
    @Transactional
    public SystemTable.Node changeNode(
            AppUser user, String programme, String version, String code, NodeRequest request) {
        requireEditor(user, programme);
        SystemTable table = require(programme, version);
        List<SystemTable.Node> nodes = repository.nodes(table.id());
        SystemTable.Node before =
                nodes.stream().filter(n -> n.code().equals(code)).findFirst().orElseThrow(() -> noNode(version, code));
        SystemTable.Node node = new SystemTable.Node(
                code,
                request.parent(),
                request.nameEn(),
                request.nameZh(),
                request.position() == null ? before.position() : request.position(),
                Boolean.TRUE.equals(request.retired()));
        requireParent(nodes, node);
        repository.updateNode(table.id(), node);
        audit.done(user.username(), null, AuditAction.CHANGE_SYSTEM_TABLE, programme + "/" + version, "node " + code);
        return node;
    }

    @Transactional
    public RowView addRow(AppUser user, String programme, String version, RowRequest request) {
        // A committee's secretariat proposes; the programme's managers accept what is proposed.
        boolean proposed = !mayEdit(user, programme);
        if (proposed && !user.has(Role.SECRETARIAT)) {
            requireEditor(user, programme);
        }
        SystemTable table = require(programme, version);
        if (repository.rowCount(table.id()) >= maxRows) {
            throw ApiException.conflict("System table " + version + " holds " + maxRows
                            + " rows, the most a version holds; retire or delete rows first.")
                    .withText("problem.system.tooManyRows", maxRows);
        }
        requireWritableNode(table, request.node());
        requireExternalConsistent(request, null);
        long id = repository.insertRow(table.id(), request, proposed, clock.now(), user.username());
        audit.done(user.username(), null, AuditAction.CHANGE_SYSTEM_TABLE, programme + "/" + version, "row " + id);
        return view(user, repository.row(table.id(), id).orElseThrow());
    }

    /** Accepts a proposed row into the system: from then on it is counted. */
    @Transactional
    public RowView accept(AppUser user, String programme, String version, long id) {
        requireEditor(user, programme);
        SystemTable table = require(programme, version);
        SystemRow row = requireRow(table, id);
        if (!row.proposed()) {
            throw ApiException.conflict("Row " + id + " is part of the system already.")
                    .withText("problem.system.notProposed");
        }
        repository.accept(id);
        audit.done(
                user.username(),
                null,
                AuditAction.CHANGE_SYSTEM_TABLE,
                programme + "/" + version,
                "row " + id + " accepted");
        return view(user, repository.row(table.id(), id).orElseThrow());
    }

    /** Changes a row; with {@code retiredReason} retires it (a linked row is retired rather than deleted). */
    @Transactional
    public RowView changeRow(AppUser user, String programme, String version, long id, RowRequest request) {
        requireEditor(user, programme);
        SystemTable table = require(programme, version);
        SystemRow row = requireRow(table, id);
        requireWritableNode(table, row.node());
        requireWritableNode(table, request.node());
        requireExternalConsistent(request, row.standardId());
        repository.updateRow(id, request);
        audit.done(user.username(), null, AuditAction.CHANGE_SYSTEM_TABLE, programme + "/" + version, "row " + id);
        return view(user, repository.row(table.id(), id).orElseThrow());
    }

    @Transactional
    public void deleteRow(AppUser user, String programme, String version, long id) {
        requireEditor(user, programme);
        SystemTable table = require(programme, version);
        SystemRow row = requireRow(table, id);
        requireWritableNode(table, row.node());
        if (row.standardId() != null) {
            throw ApiException.conflict("Row " + id + " is filled by standard " + row.standardId()
                            + ": unlink it first, or retire the row with a reason.")
                    .withText("problem.system.rowLinked");
        }
        repository.deleteRow(id);
        audit.done(
                user.username(),
                null,
                AuditAction.CHANGE_SYSTEM_TABLE,
                programme + "/" + version,
                "row " + id + " deleted");
    }

    /**
     * Fills a row with a tracked standard of the same programme, which fills no other row of the version. The
     * standard's committee's secretariat, or an administrator.
     */
    @Transactional
    public RowView link(AppUser user, String programme, String version, long id, Link link) {
        SystemTable table = require(programme, version);
        SystemRow row = requireRow(table, id);
        Standard standard = access.find(user, link.standardId());
        requireLinker(user, standard);
        requireWritableNode(table, row.node());
        if (row.retired()) {
            throw ApiException.conflict("Row " + id + " is retired.").withText("problem.system.rowRetired");
        }
        if (!standard.programme().equals(programme)) {
            throw ApiException.conflict("Standard " + standard.id() + " belongs to programme " + standard.programme()
                            + ", not " + programme + ".")
                    .withText("problem.system.otherProgramme", standard.programme());
        }
        repository
                .rowOf(table.id(), standard.id())
                .filter(other -> other.id() != id)
                .ifPresent(other -> {
                    throw ApiException.conflict("Standard " + standard.id() + " already fills row " + other.id() + " ("
                                    + other.title() + ") of system table " + version + ".")
                            .withText("problem.system.alreadyFills", other.id(), other.title());
                });
        if (row.standardId() != null) {
            repository.unlink(id, clock.now(), user.username());
        }
        repository.link(id, standard.id(), clock.now(), user.username());
        audit.done(user.username(), standard.id(), AuditAction.LINK_SYSTEM_ROW, programme + "/" + version, "row " + id);
        return view(user, repository.row(table.id(), id).orElseThrow());
    }

    /**
     * Fills a row, named by its id alone, with a standard being registered: the rules of {@link #link}, the
     * row's version found from the row (404 for no such row, 409 for another programme's).
     */
    @Transactional
    public RowView fill(AppUser user, long rowId, Standard standard) {
        SystemTable table = requireFillable(rowId, standard.programme(), standard.id());
        SystemRow row = repository.row(table.id(), rowId).orElseThrow();
        if (Long.valueOf(standard.id()).equals(row.standardId())) {
            return view(user, row);
        }
        return link(user, table.programme(), table.version(), rowId, new Link(standard.id()));
    }

    /**
     * Whether a row, named by its id alone, can take a standard of a programme (null: one still to be
     * registered): the row exists (422), is the programme's (409), is open to change and not filled by another
     * standard, and the standard fills no other row of its version (409). Returns the row's version.
     */
    public SystemTable requireFillable(long rowId, String programme, Long standardId) {
        SystemTable table = repository
                .tableOfRow(rowId)
                .flatMap(repository::table)
                .orElseThrow(() -> ApiException.invalid("systemRow", "There is no system table row " + rowId + ".")
                        .withText("problem.system.noRow"));
        SystemRow row = requireRow(table, rowId);
        if (!table.programme().equals(programme)) {
            throw ApiException.conflict("Row " + rowId + " belongs to the system table of " + table.programme()
                            + ", not of " + programme + ".")
                    .withText("problem.system.otherProgramme", table.programme());
        }
        boolean filledByAnother = row.standardId() != null
                && !row.standardId().equals(standardId)
                && standards
                        .find(row.standardId())
                        .map(s -> s.stage() != Stage.CANCELLED)
                        .orElse(false);
        if (filledByAnother) {
            // A registration never displaces the standard that fills a row; a secretariat re-fills it on purpose.
            throw ApiException.conflict(
                            "Row " + rowId + " (" + row.title() + ") is filled by another standard already.")
                    .withText("problem.system.rowFilled", row.title());
        }
        if (row.retired()) {
            throw ApiException.conflict("Row " + rowId + " is retired.").withText("problem.system.rowRetired");
        }
        requireWritableNode(table, row.node());
        if (standardId != null) {
            repository
                    .rowOf(table.id(), standardId)
                    .filter(other -> other.id() != rowId)
                    .ifPresent(other -> {
                        throw ApiException.conflict("Standard " + standardId + " already fills row " + other.id() + " ("
                                        + other.title() + ") of system table " + table.version() + ".")
                                .withText("problem.system.alreadyFills", other.id(), other.title());
                    });
        }
        return table;
    }

    /** The rows of the programme's current version that tracked standards fill: standard id to row id. */
    public Map<Long, Long> filledRowsOfCurrent(String programme) {
        return repository.tables(programme).stream()
                .filter(SystemTable::current)
                .findFirst()
                .map(table -> repository.rows(table.id()).stream()
                        .filter(r -> r.standardId() != null)
                        .collect(Collectors.toMap(SystemRow::standardId, SystemRow::id)))
                .orElse(Map.of());
    }

    @Transactional
    public RowView unlink(AppUser user, String programme, String version, long id) {
        SystemTable table = require(programme, version);
        SystemRow row = requireRow(table, id);
        if (row.standardId() == null) {
            throw ApiException.conflict("Row " + id + " is not filled by a standard.")
                    .withText("problem.system.rowEmpty");
        }
        requireLinker(user, access.find(user, row.standardId()));
        repository.unlink(id, clock.now(), user.username());
        audit.done(
                user.username(),
                row.standardId(),
                AuditAction.UNLINK_SYSTEM_ROW,
                programme + "/" + version,
                "row " + id);
        return view(user, repository.row(table.id(), id).orElseThrow());
    }

    /**
     * What has filled a row, the first first: each standard with when and by whom it was linked and unlinked;
     * a standard hidden from the reader (a draft of another committee) without its number and title.
     */
    public List<RowLink> history(AppUser user, String programme, String version, long id) {
        SystemTable table = require(programme, version);
        requireRow(table, id);
        List<SystemTableRepository.StoredLink> links = repository.links(id);
        Map<Long, Standard> found = standards.find(
                links.stream().map(SystemTableRepository.StoredLink::standardId).collect(Collectors.toSet()));
        return links.stream()
                .map(l -> {
                    Standard s = found.get(l.standardId());
                    boolean seen = s != null && access.canSee(user, s);
                    return new RowLink(
                            seen ? s.id() : null,
                            seen ? s.designation() : null,
                            seen ? s.title() : null,
                            seen ? s.stage() : null,
                            l.linkedAt(),
                            l.linkedBy(),
                            l.unlinkedAt(),
                            l.unlinkedBy());
                })
                .toList();
    }

    /** The rows among these whose standard the user may take out of its row: its committee's secretariat's. */
    public Set<Long> unlinkable(AppUser user, List<RowView> rows) {
        Map<Long, Standard> linked = standards.find(
                rows.stream().map(RowView::standardId).filter(Objects::nonNull).collect(Collectors.toSet()));
        return rows.stream()
                .filter(r -> r.standardId() != null)
                .filter(r -> user.isAdmin()
                        || user.has(Role.SECRETARIAT, linked.get(r.standardId()).committee()))
                .map(RowView::id)
                .collect(Collectors.toSet());
    }

    /**
     * The standards the user may put into a row of the version: the programme's, of the user's committees (all for
     * an administrator), not cancelled and filling no row of it yet; at most {@code limit}, the newest first.
     */
    public List<Standard> linkable(AppUser user, String programme, String version, int limit) {
        if (!user.isAdmin() && !user.has(Role.SECRETARIAT)) {
            return List.of();
        }
        SystemTable table = require(programme, version);
        Set<Long> filling = repository.rows(table.id()).stream()
                .map(SystemRow::standardId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return standards.inProgramme(programme).stream()
                .sorted(Comparator.comparingLong(Standard::id).reversed())
                .filter(s -> s.stage() != Stage.CANCELLED && !filling.contains(s.id()))
                .filter(s -> user.isAdmin() || user.has(Role.SECRETARIAT, s.committee()))
                .limit(limit)
                .toList();
    }

    /** The version as its reader may see it: the node tree, each node's rows and the counts of its subtree. */
    public TableView view(AppUser user, String programme, String version) {
        SystemTable table = require(programme, version);
        return tree(table, views(user, repository.rows(table.id())));
    }

    /**
     * The version as it stood at the end of a day: the rows it had then, each filled by the standard that filled
     * it then, at the stage that standard was in then (retired rows as they are now).
     */
    public TableView viewAt(AppUser user, String programme, String version, LocalDate asOf) {
        SystemTable table = require(programme, version);
        Instant at = clock.startOf(asOf.plusDays(1));
        Map<Long, Long> filled = repository.filledAt(table.id(), at);
        List<SystemRow> rows = repository.rows(table.id()).stream()
                .filter(r -> r.createdAt().isBefore(at))
                .map(r -> r.filledBy(filled.get(r.id())))
                .toList();
        return tree(table, views(user, rows, stageHistory.stagesAt(filled.values(), at)));
    }

    private TableView tree(SystemTable table, List<RowView> rows) {
        Map<String, List<RowView>> rowsByNode = new LinkedHashMap<>();
        Map<String, Counts> counts = new LinkedHashMap<>();
        Map<String, Counts> targetCounts = new LinkedHashMap<>();
        for (RowView row : rows) {
            rowsByNode.computeIfAbsent(row.node(), k -> new ArrayList<>()).add(row);
            if (row.retiredReason() == null && row.status() != RowStatus.PROPOSED) {
                counts.merge(row.node(), Counts.of(row.status()), Counts::plus);
                if (row.target()) {
                    targetCounts.merge(row.node(), Counts.of(row.status()), Counts::plus);
                }
            }
        }
        List<NodeView> roots = tree(null, repository.nodes(table.id()), rowsByNode, counts, targetCounts);
        return new TableView(
                table.programme(),
                table.version(),
                table.titleEn(),
                table.titleZh(),
                table.publishedOn(),
                table.current(),
                table.basedOn(),
                roots,
                roots.stream().map(NodeView::counts).reduce(Counts.NONE, Counts::plus),
                roots.stream().map(NodeView::targetCounts).reduce(Counts.NONE, Counts::plus));
    }

    /** The version's rows as their reader may see them, each with its derived status. */
    List<RowView> views(AppUser user, List<SystemRow> rows) {
        return views(user, rows, null);
    }

    /** As above, with the stages the standards were in at another time (null: as they are). */
    private List<RowView> views(AppUser user, List<SystemRow> rows, Map<Long, Stage> stagesThen) {
        Map<Long, Standard> linked = standards.find(rows.stream()
                .map(SystemRow::standardId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return rows.stream()
                .map(r -> {
                    Standard standard = linked.get(r.standardId());
                    Stage stage = standard == null
                            ? null
                            : stagesThen == null ? standard.stage() : stagesThen.get(standard.id());
                    return view(user, r, standard, stage);
                })
                .toList();
    }

    SystemTable require(String programme, String version) {
        referenceData.requireProgramme(programme);
        return repository
                .table(programme, version)
                .orElseThrow(
                        () -> ApiException.notFound("Programme " + programme + " has no system table " + version + ".")
                                .withText("problem.system.noVersion", version));
    }

    /** A version's nodes as stored, retired ones included. */
    List<SystemTable.Node> nodes(String programme, String version) {
        return repository.nodes(require(programme, version).id());
    }

    SystemTableRepository repository() {
        return repository;
    }

    private RowView view(AppUser user, SystemRow row) {
        return views(user, List.of(row)).get(0);
    }

    private RowView view(AppUser user, SystemRow r, Standard standard, Stage stage) {
        RowStatus status = RowStatus.of(r.proposed(), stage, r.externalStatus());
        // A cancelled standard no longer fills its row; a draft is shown only to those who may see it.
        boolean filled = standard != null && stage != null && stage != Stage.CANCELLED;
        boolean hidden = filled && !access.canSee(user, standard);
        return new RowView(
                r.id(),
                r.node(),
                hidden ? null : r.title(),
                hidden ? null : r.titleZh(),
                r.level(),
                r.target(),
                r.priority(),
                r.targetYear(),
                r.internationalCounterpart(),
                r.replaces(),
                r.externalNumber(),
                r.externalStatus(),
                status,
                filled && !hidden ? stage : null,
                filled && !hidden ? standard.id() : null,
                filled && !hidden ? standard.designation() : null,
                r.retiredReason());
    }

    private static List<NodeView> tree(
            String parent,
            List<SystemTable.Node> nodes,
            Map<String, List<RowView>> rows,
            Map<String, Counts> counts,
            Map<String, Counts> targetCounts) {
        return nodes.stream()
                .filter(n -> Objects.equals(n.parent(), parent))
                .sorted(Comparator.comparingInt(SystemTable.Node::position).thenComparing(SystemTable.Node::code))
                .map(n -> {
                    List<NodeView> children = tree(n.code(), nodes, rows, counts, targetCounts);
                    return new NodeView(
                            n.code(),
                            n.parent(),
                            n.nameEn(),
                            n.nameZh(),
                            n.position(),
                            n.retired(),
                            rows.getOrDefault(n.code(), List.of()),
                            children,
                            children.stream()
                                    .map(NodeView::counts)
                                    .reduce(counts.getOrDefault(n.code(), Counts.NONE), Counts::plus),
                            children.stream()
                                    .map(NodeView::targetCounts)
                                    .reduce(targetCounts.getOrDefault(n.code(), Counts.NONE), Counts::plus));
                })
                .toList();
    }

    private static SystemTable.Node node(NodeRequest r, int position) {
        return new SystemTable.Node(
                r.code(),
                r.parent(),
                r.nameEn(),
                r.nameZh(),
                r.position() == null ? position : r.position(),
                Boolean.TRUE.equals(r.retired()));
    }

    /** A node's parent is a node of the version, and no node is its own ancestor. */
    private static void requireParent(List<SystemTable.Node> nodes, SystemTable.Node node) {
        if (node.parent() == null) {
            return;
        }
        Map<String, String> parents = new LinkedHashMap<>();
        nodes.forEach(n -> parents.put(n.code(), n.parent()));
        if (!parents.containsKey(node.parent())) {
            throw ApiException.invalid("parent", "The system table has no node " + node.parent() + ".")
                    .withText("problem.system.noNode", node.parent());
        }
        parents.put(node.code(), node.parent());
        Set<String> seen = new HashSet<>();
        for (String at = node.code(); at != null; at = parents.get(at)) {
            if (!seen.add(at)) {
                throw ApiException.invalid("parent", "Node " + node.code() + " cannot be placed under its own subtree.")
                        .withText("problem.system.nodeCycle");
            }
        }
    }

    private void requireWritableNode(SystemTable table, String code) {
        SystemTable.Node node = repository.nodes(table.id()).stream()
                .filter(n -> n.code().equals(code))
                .findFirst()
                .orElseThrow(() -> ApiException.invalid("node", "The system table has no node " + code + ".")
                        .withText("problem.system.noNode", code));
        if (node.retired()) {
            throw ApiException.conflict("Node " + code + " is retired: its rows are kept read-only.")
                    .withText("problem.system.nodeRetired", code);
        }
    }

    /** What is said of an outside standard is said of a row no tracked standard fills. */
    private static void requireExternalConsistent(RowRequest request, Long standardId) {
        if (request.externalStatus() != null && (request.externalNumber() == null || standardId != null)) {
            throw ApiException.invalid(
                            "externalStatus",
                            "An external status goes with the external number of a standard outside the tracker.")
                    .withText("problem.system.externalStatus");
        }
    }

    private SystemRow requireRow(SystemTable table, long id) {
        return repository
                .row(table.id(), id)
                .orElseThrow(() -> ApiException.notFound("System table " + table.version() + " has no row " + id + ".")
                        .withText("problem.system.noRow"));
    }

    private static ApiException noNode(String version, String code) {
        return ApiException.notFound("System table " + version + " has no node " + code + ".")
                .withText("problem.system.noNode", code);
    }

    private static boolean mayEdit(AppUser user, String programme) {
        return user.isAdmin() || user.managesProgramme(programme);
    }

    /** Administrators, and the programme's own managers, edit its system tables. */
    static void requireEditor(AppUser user, String programme) {
        if (!mayEdit(user, programme)) {
            throw ApiException.forbidden("The system tables of " + programme
                            + " are edited by its programme managers and administrators.")
                    .withText("problem.system.editors", programme);
        }
    }

    private static void requireLinker(AppUser user, Standard standard) {
        if (!user.isAdmin() && !user.has(Role.SECRETARIAT, standard.committee())) {
            throw ApiException.forbidden("A row is filled with a standard by the secretariat of its committee ("
                            + standard.committee() + ") or an administrator.")
                    .withText("problem.system.linkers", standard.committee());
        }
    }

    private static RowRequest request(SystemRow r) {
        return new RowRequest(
                r.node(),
                r.title(),
                r.titleZh(),
                r.level(),
                r.target(),
                r.priority(),
                r.targetYear(),
                r.internationalCounterpart(),
                r.replaces(),
                r.externalNumber(),
                r.externalStatus(),
                null);
    }
}
