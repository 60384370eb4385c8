package org.stdtrack.standard;

import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.stdtrack.identity.AppUser;
import org.stdtrack.programme.ReferenceData;
import org.stdtrack.web.PageController;

/** The standards a user may see, searched by title or number and filtered like the API's list. */
@PageController
class StandardListPage {

    static final int PAGE_SIZE = 50;

    private final StandardRepository standards;
    private final StandardAccess access;
    private final ReferenceData referenceData;
    private final Clock clock;
    /** The programme's time zone, in which a day such as a target date begins and ends. */
    private final ZoneId zone;

    private final StageDurations stageDurations;
    private final List<StandardListNotes> notes;

    StandardListPage(
            StandardRepository standards,
            StandardAccess access,
            ReferenceData referenceData,
            Clock clock,
            @Value("${stdtrack.zone}") ZoneId zone,
            StageDurations stageDurations,
            List<StandardListNotes> notes) {
        this.zone = zone;
        this.notes = notes;
        this.stageDurations = stageDurations;
        this.standards = standards;
        this.access = access;
        this.referenceData = referenceData;
        this.clock = clock;
    }

    @GetMapping("/standards")
    String list(
            AppUser user,
            @RequestParam(required = false) @Size(max = 200) String q,
            @RequestParam(required = false) String programme,
            @RequestParam(required = false) String domain,
            @RequestParam(required = false) Stage stage,
            @RequestParam(required = false) String committee,
            @RequestParam(required = false) StandardType type,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "false") boolean published,
            @RequestParam(required = false) LocalDate publishedBy,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        Instant now = clock.instant();
        var filter = access.restrict(
                user,
                programme,
                stage,
                domain,
                committee,
                q == null ? null : q.substring(0, Math.min(q.length(), 200)),
                type,
                overdue ? now : null,
                published,
                publishedBy == null
                        ? null
                        : publishedBy.plusDays(1).atStartOfDay(zone).toInstant());
        long from = (long) Math.max(page, 0) * PAGE_SIZE;
        List<Standard> shown = standards.search(filter, from, PAGE_SIZE);
        model.addAttribute("standards", shown);
        Map<Long, List<String>> notesById = new HashMap<>();
        notes.forEach(source -> source.notesFor(shown)
                .forEach((id, note) ->
                        notesById.computeIfAbsent(id, k -> new ArrayList<>()).add(note)));
        model.addAttribute("notes", notesById);
        StandardRepository.Count count = standards.listCount(filter);
        model.addAttribute("total", count.total());
        model.addAttribute("more", count.more());
        model.addAttribute("page", Math.max(page, 0));
        model.addAttribute("pageSize", PAGE_SIZE);
        model.addAttribute("now", now);
        model.addAttribute("stageDurations", stageDurations);
        model.addAttribute("q", q);
        model.addAttribute("programme", programme);
        model.addAttribute("domain", domain);
        model.addAttribute("stage", stage);
        model.addAttribute("committee", committee);
        model.addAttribute("type", type);
        model.addAttribute("overdue", overdue);
        model.addAttribute("published", published);
        model.addAttribute("publishedBy", publishedBy);
        model.addAttribute(
                "domains",
                referenceData.domains().stream().filter(d -> d.parent() == null).toList());
        model.addAttribute("committees", referenceData.committees());
        model.addAttribute("stages", Stage.values());
        model.addAttribute("types", StandardType.values());
        return "standards";
    }
}
