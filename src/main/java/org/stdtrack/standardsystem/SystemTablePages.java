package org.stdtrack.standardsystem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.stdtrack.identity.AppUser;
import org.stdtrack.problem.ApiException;
import org.stdtrack.web.PageController;

/**
 * The programme's standard system as a page: a version's tree with each node's counts and coverage, its rows
 * with their status (filtered by status, level and priority), the versions to switch between, and the files.
 */
@PageController
class SystemTablePages {

    private final SystemTables tables;
    private final SystemTableDiff diffs;
    private final SystemGaps gaps;

    SystemTablePages(SystemTables tables, SystemTableDiff diffs, SystemGaps gaps) {
        this.tables = tables;
        this.diffs = diffs;
        this.gaps = gaps;
    }

    /** The most standards the page offers to fill a row with; any other is named by its number. */
    private static final int MAX_LINKABLE = 200;

    /** A node of the page's table: the node, how deep it sits, and its rows as filtered. */
    record Line(SystemTables.NodeView node, int depth, List<SystemTables.RowView> rows) {}

    /** A node of the gap report, and how deep it sits in the tree. */
    record GapLine(SystemGaps.NodeGap node, int depth) {}

    /**
     * What changed between two versions: by default from the version before the current one (by name) to the
     * current one.
     */
    @GetMapping("/programmes/{programme}/system/diff")
    String diff(
            AppUser user,
            @PathVariable String programme,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Model model) {
        List<SystemTable> versions = tables.tables(programme);
        String newer = to != null ? to : current(programme, versions);
        String older = from != null
                ? from
                : versions.stream()
                        .map(SystemTable::version)
                        .filter(v -> v.compareTo(newer) < 0)
                        .reduce((first, second) -> second)
                        .orElse(newer);
        Map<String, SystemTable.Node> nodes = new HashMap<>();
        tables.nodes(programme, older).forEach(n -> nodes.put(n.code(), n));
        tables.nodes(programme, newer).forEach(n -> nodes.put(n.code(), n));
        model.addAttribute("programme", programme);
        model.addAttribute("versions", versions);
        model.addAttribute("diff", diffs.diff(user, programme, older, newer));
        model.addAttribute("nodes", nodes);
        return "standardsystem/diff";
    }

    /** The gap report as a page: per node the counts and coverage, and the target rows not started in time. */
    @GetMapping("/programmes/{programme}/system/gaps")
    String gaps(
            AppUser user,
            @PathVariable String programme,
            @RequestParam(required = false) String version,
            @RequestParam(required = false) LocalDate asOf,
            @RequestParam(required = false) LocalDate unstartedBy,
            Model model) {
        List<SystemTable> versions = tables.tables(programme);
        SystemGaps.GapReport report = gaps.report(user, programme, version, asOf, unstartedBy);
        Map<String, String> parents = new HashMap<>();
        report.nodes().forEach(n -> parents.put(n.code(), n.parent()));
        List<GapLine> lines = report.nodes().stream()
                .map(n -> {
                    int depth = 0;
                    for (String at = n.parent(); at != null && depth < parents.size(); at = parents.get(at)) {
                        depth++;
                    }
                    return new GapLine(n, depth);
                })
                .toList();
        Map<String, SystemGaps.NodeGap> nodes = new HashMap<>();
        report.nodes().forEach(n -> nodes.put(n.code(), n));
        model.addAttribute("programme", programme);
        model.addAttribute("versions", versions);
        model.addAttribute("report", report);
        model.addAttribute("lines", lines);
        model.addAttribute("nodes", nodes);
        return "standardsystem/gaps";
    }

    @GetMapping("/programmes/{programme}/system")
    String system(
            AppUser user,
            @PathVariable String programme,
            @RequestParam(required = false) String version,
            @RequestParam(required = false) RowStatus status,
            @RequestParam(required = false) SystemRow.Level level,
            @RequestParam(required = false) SystemRow.Priority priority,
            Model model) {
        List<SystemTable> versions = tables.tables(programme);
        String shown = version != null ? version : current(programme, versions);
        SystemTables.TableView view = tables.view(user, programme, shown);
        List<Line> lines = new ArrayList<>();
        flatten(view.nodes(), 0, lines, status, level, priority);
        model.addAttribute("programme", programme);
        model.addAttribute("versions", versions);
        model.addAttribute("table", view);
        model.addAttribute("lines", lines);
        model.addAttribute("statuses", RowStatus.values());
        model.addAttribute("levels", SystemRow.Level.values());
        model.addAttribute("priorities", SystemRow.Priority.values());
        model.addAttribute("status", status);
        model.addAttribute("level", level);
        model.addAttribute("priority", priority);
        model.addAttribute("linkable", tables.linkable(user, programme, shown, MAX_LINKABLE));
        model.addAttribute(
                "unlinkable",
                tables.unlinkable(
                        user, lines.stream().flatMap(l -> l.rows().stream()).toList()));
        return "standardsystem/system";
    }

    /** A row filled, from the page, with one of the standards offered there (or any the user may link). */
    @PostMapping("/programmes/{programme}/system/rows/{id}/standard")
    String link(
            AppUser user,
            @PathVariable String programme,
            @PathVariable long id,
            @RequestParam String version,
            @RequestParam(required = false) Long standardId,
            RedirectAttributes redirect) {
        if (standardId == null) {
            throw ApiException.invalid("standardId", "Choose the standard that fills the row.")
                    .withText("problem.system.chooseStandard");
        }
        tables.link(user, programme, version, id, new SystemTables.Link(standardId));
        redirect.addFlashAttribute("notice", "notice.systemRowFilled");
        return rowOnPage(programme, version, id);
    }

    @PostMapping("/programmes/{programme}/system/rows/{id}/unlink")
    String unlink(
            AppUser user,
            @PathVariable String programme,
            @PathVariable long id,
            @RequestParam String version,
            RedirectAttributes redirect) {
        tables.unlink(user, programme, version, id);
        redirect.addFlashAttribute("notice", "notice.systemRowEmptied");
        return rowOnPage(programme, version, id);
    }

    private static String rowOnPage(String programme, String version, long id) {
        return "redirect:"
                + UriComponentsBuilder.fromPath("/programmes/{p}/system")
                        .queryParam("version", version)
                        .fragment("row-" + id)
                        .buildAndExpand(programme)
                        .encode()
                        .toUriString();
    }

    private static String current(String programme, List<SystemTable> versions) {
        return versions.stream()
                .filter(SystemTable::current)
                .map(SystemTable::version)
                .findFirst()
                .orElseThrow(() -> ApiException.notFound("Programme " + programme + " has no system table.")
                        .withText("problem.system.none"));
    }

    private static void flatten(
            List<SystemTables.NodeView> nodes,
            int depth,
            List<Line> into,
            RowStatus status,
            SystemRow.Level level,
            SystemRow.Priority priority) {
        for (SystemTables.NodeView n : nodes) {
            into.add(new Line(
                    n,
                    depth,
                    n.rows().stream()
                            .filter(r -> status == null || r.status() == status)
                            .filter(r -> level == null || r.level() == level)
                            .filter(r -> priority == null || r.priority() == priority)
                            .toList()));
            flatten(n.children(), depth + 1, into, status, level, priority);
        }
    }
}
