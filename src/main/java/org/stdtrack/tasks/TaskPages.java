package org.stdtrack.tasks;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stdtrack.identity.AppUser;
import org.stdtrack.identity.Role;
import org.stdtrack.policy.ProgrammeClock;
import org.stdtrack.problem.ApiException;
import org.stdtrack.standard.Stage;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardAccess;
import org.stdtrack.web.Labels;
import org.stdtrack.web.PageController;

/**
 * "My tasks" and the task form. The form is built from the task's declaration in the model (outcomes and
 * fields) and is submitted through the same commands as the API, so the same rules and audit apply.
 */
@PageController
@RequestMapping("/tasks")
class TaskPages {

    /** The form's name for the decision; the task's own field (outcome or vote) is filled from it. */
    static final String DECISION = "decision";
    /** The checkbox a worker ticks where the task asks for confirmation ({@link TaskConfirmation}). */
    static final String CONFIRMED = "confirmed";

    private final Worklist tasks;
    private final StandardAccess access;
    private final ProgrammeClock clock;
    private final List<TaskPagePart> parts;
    private final List<TaskConfirmation> confirmations;
    private final List<Agenda> agendas;
    private final List<DecisionMaterial> materials;
    private final Labels labels;

    TaskPages(
            Worklist tasks,
            StandardAccess access,
            ProgrammeClock clock,
            List<TaskPagePart> parts,
            List<TaskConfirmation> confirmations,
            List<Agenda> agendas,
            List<DecisionMaterial> materials,
            Labels labels) {
        this.labels = labels;
        this.materials = materials;
        this.tasks = tasks;
        this.access = access;
        this.clock = clock;
        this.parts = parts;
        this.confirmations = confirmations;
        this.agendas = agendas;
    }

    /** One line of the task list: the task and the standard it is about (null for another subject). */
    record TaskRow(TaskView task, Standard standard, boolean overdue) {

        public String title(Locale locale) {
            return standard != null
                    ? standard.title(locale)
                    : Standard.titleIn(
                            locale, task.subject().title(), task.subject().titleZh());
        }

        public String path() {
            return standard != null
                    ? "/standards/" + standard.id()
                    : task.subject().path();
        }

        public String committee() {
            return standard != null ? standard.committee() : task.subject().committee();
        }
    }

    @GetMapping
    String list(
            AppUser user,
            @RequestParam(required = false) String committee,
            @RequestParam(required = false) Stage stage,
            @RequestParam(required = false) LocalDate dueBefore,
            Model model) {
        Instant now = clock.now();
        Instant dueLimit = dueBefore == null ? null : clock.startOf(dueBefore.plusDays(1));
        Map<Long, Standard> standards = new HashMap<>();
        List<TaskRow> all = tasks.mine(user, null).stream()
                .map(t -> new TaskRow(
                        t,
                        t.standardId() == null
                                ? null
                                : standards.computeIfAbsent(t.standardId(), id -> access.find(user, id)),
                        t.due() != null && t.due().isBefore(now)))
                .toList();
        List<TaskRow> shown = all.stream()
                .filter(r -> committee == null || committee.equals(r.committee()))
                .filter(r -> stage == null || stage == r.task().stage())
                .filter(r -> dueLimit == null
                        || (r.task().due() != null && r.task().due().isBefore(dueLimit)))
                .sorted(Comparator.comparing((TaskRow r) ->
                                r.task().due() == null ? Instant.MAX : r.task().due())
                        .thenComparing(r -> r.task().created()))
                .toList();
        model.addAttribute("rows", shown);
        model.addAttribute("total", all.size());
        model.addAttribute(
                "agenda",
                agendas.stream()
                        .flatMap(agenda -> agenda.itemsFor(user).stream())
                        .sorted(Comparator.comparing(Agenda.Item::until))
                        .toList());
        model.addAttribute(
                "committees",
                all.stream().map(TaskRow::committee).distinct().sorted().toList());
        model.addAttribute("stages", Stage.values());
        model.addAttribute("committee", committee);
        model.addAttribute("stage", stage);
        model.addAttribute("dueBefore", dueBefore);
        model.addAttribute("me", user.username());
        // The dashboards of what waits on the user's committees and approving body, a click from their list.
        model.addAttribute(
                "secretariatOf",
                user.grants().stream()
                        .filter(g -> g.role() == Role.SECRETARIAT)
                        .map(g -> g.committee())
                        .sorted()
                        .toList());
        model.addAttribute("approver", user.has(Role.APPROVER_SAC) || user.has(Role.APPROVER_MIIT));
        return "tasks";
    }

    /** A task about another subject (an international ballot) is worked on that subject's own page. */
    @GetMapping("/{id}")
    String task(AppUser user, @PathVariable String id, Model model) {
        TaskView task = tasks.get(user, id);
        if (task.subject() != null) {
            return "redirect:" + task.subject().path();
        }
        return form(user, task, Map.of(), model);
    }

    @PostMapping("/{id}/claim")
    String claim(AppUser user, @PathVariable String id) {
        tasks.claim(user, id);
        return "redirect:/tasks/" + id;
    }

    @PostMapping("/{id}/unclaim")
    String unclaim(AppUser user, @PathVariable String id, RedirectAttributes redirect) {
        tasks.unclaim(user, id);
        redirect.addFlashAttribute("notice", "notice.unclaimed");
        return "redirect:/tasks";
    }

    /** A refused completion shows the form again with what was entered and what was wrong. */
    @PostMapping("/{id}/complete")
    String complete(
            AppUser user,
            @PathVariable String id,
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        TaskView task = tasks.get(user, id);
        try {
            if (confirmation(task).isPresent() && !"true".equals(params.getFirst(CONFIRMED))) {
                throw ApiException.invalid(CONFIRMED, "Confirm first: this completion cannot be changed.")
                        .withText("problem.confirmFirst");
            }
            CompletedTask done = tasks.complete(user, id, body(task, params));
            redirect.addFlashAttribute("notice", "notice.completed");
            redirect.addFlashAttribute("noticeTask", task.key());
            if (done.standardId() == null) {
                return "redirect:" + done.subject().path();
            }
            redirect.addFlashAttribute("noticeNext", tasks.nextSteps(done.standardId()));
            return "redirect:/standards/" + done.standardId();
        } catch (ApiException refusal) {
            response.setStatus(refusal.status().value());
            model.addAttribute("error", refusal);
            // Each field at fault says why beside it: all of them at once.
            Map<String, String> fieldErrors = new LinkedHashMap<>();
            refusal.each().stream()
                    .filter(e -> e.field() != null)
                    .forEach(e -> fieldErrors.putIfAbsent(
                            DECISION.equals(e.field()) || e.field().equals(task.decisionField()) ? DECISION : e.field(),
                            labels.problem(e)));
            model.addAttribute("fieldErrors", fieldErrors);
            return form(user, task, params.toSingleValueMap(), model);
        }
    }

    private String form(AppUser user, TaskView task, Map<String, String> entered, Model model) {
        Standard standard = access.find(user, task.standardId());
        model.addAttribute("task", task);
        model.addAttribute("standard", standard);
        model.addAttribute("entered", entered);
        model.addAttribute("mine", user.username().equals(task.assignee()));
        model.addAttribute("claimable", task.assignee() == null);
        model.addAttribute("confirmation", confirmation(task).orElse(null));
        model.addAttribute("overdue", task.due() != null && task.due().isBefore(clock.now()));
        Map<String, Object> variables = tasks.variables(user, task.id());
        model.addAttribute(
                "material",
                materials.stream()
                        .flatMap(m -> m.of(task, standard, variables).stream())
                        .toList());
        model.addAttribute(
                "parts",
                parts.stream()
                        .flatMap(part -> part.addTo(task, standard, model).stream())
                        .toList());
        return "task";
    }

    private Optional<String> confirmation(TaskView task) {
        return confirmations.stream().flatMap(c -> c.of(task).stream()).findFirst();
    }

    /**
     * The API body from the form: the decision under the task's own name, booleans from checkboxes, dates
     * as ISO dates and date-times (the browser's local date-time, read in the programme's zone) with their
     * offset. Blank inputs are left out, so the task's own rules say what is missing.
     */
    private Map<String, Object> body(TaskView task, MultiValueMap<String, String> params) {
        Map<String, Object> body = new LinkedHashMap<>();
        String decision = params.getFirst(DECISION);
        if (task.decisionField() != null && decision != null && !decision.isBlank()) {
            body.put(task.decisionField(), decision);
        }
        for (TaskField field : task.fields()) {
            String value = params.getFirst(field.id());
            if ("boolean".equals(field.type())) {
                body.put(field.id(), "true".equals(value));
            } else if (value != null && !value.isBlank()) {
                body.put(
                        field.id(), "date-time".equals(field.format()) ? withOffset(field.id(), value) : value.strip());
            }
        }
        return body;
    }

    private String withOffset(String field, String localDateTime) {
        try {
            return LocalDateTime.parse(localDateTime)
                    .atZone(clock.zone())
                    .toOffsetDateTime()
                    .toString();
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(field, "'" + localDateTime + "' is not a date and time.")
                    .withText("problem.dateTime", new ApiException.Label("field." + field));
        }
    }
}
