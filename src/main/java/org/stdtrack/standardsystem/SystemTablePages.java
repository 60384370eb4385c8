package org.stdtrack.standardsystem;

import java.util.ArrayList;
import java.util.List;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
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

    SystemTablePages(SystemTables tables) {
        this.tables = tables;
    }

    /** A node of the page's table: the node, how deep it sits, and its rows as filtered. */
    record Line(SystemTables.NodeView node, int depth, List<SystemTables.RowView> rows) {}

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
        String shown = version != null
                ? version
                : versions.stream()
                        .filter(SystemTable::current)
                        .map(SystemTable::version)
                        .findFirst()
                        .orElseThrow(() -> ApiException.notFound("Programme " + programme + " has no system table.")
                                .withText("problem.system.none"));
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
        return "standardsystem/system";
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
