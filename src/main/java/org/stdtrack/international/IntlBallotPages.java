package org.stdtrack.international;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stdtrack.identity.AppUser;
import org.stdtrack.problem.ApiException;
import org.stdtrack.problem.Validation;
import org.stdtrack.tasks.TaskView;
import org.stdtrack.tasks.Worklist;
import org.stdtrack.web.PageController;

/**
 * A ballot's pages: the commenting page, where the mirror committee's members comment, and the secretariat's
 * position page, where each comment is accepted or rejected, China's vote is submitted (the task {@code
 * submitNationalPosition}, through the worklist as every task) and, after the ballot, the dispositions are
 * recorded. A refused form shows its page again with the reason, in the reader's language.
 */
@PageController
class IntlBallotPages {

    private final NationalPositions positions;
    private final Worklist worklist;
    private final Validator validator;

    IntlBallotPages(NationalPositions positions, Worklist worklist, Validator validator) {
        this.positions = positions;
        this.worklist = worklist;
        this.validator = validator;
    }

    @PostMapping("/international/projects/{id}/ballots")
    String open(
            AppUser user,
            @PathVariable long id,
            @RequestParam IntlBallot.Type type,
            @RequestParam LocalDate opensOn,
            @RequestParam LocalDate closesOn,
            RedirectAttributes redirect) {
        var opened = positions.open(
                user, id, Validation.valid(validator, new NationalPositions.BallotRequest(type, opensOn, closesOn)));
        redirect.addFlashAttribute("notice", "notice.ballotOpened");
        return "redirect:/international/ballots/" + opened.id();
    }

    @GetMapping("/international/ballots/{id}")
    String ballot(AppUser user, @PathVariable long id, Model model) {
        NationalPositions.BallotView ballot = positions.ballot(user, id);
        model.addAttribute("ballot", ballot);
        model.addAttribute("mayComment", positions.mayComment(user, ballot));
        model.addAttribute("secretariat", positions.isSecretariat(user, ballot) || user.isAdmin());
        model.addAttribute("commentTypes", IntlBallot.CommentType.values());
        return "international/ballot";
    }

    @PostMapping("/international/ballots/{id}/comments")
    String comment(
            AppUser user,
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return refusedOr(
                () -> {
                    positions.comment(
                            user,
                            id,
                            Validation.valid(
                                    validator,
                                    new NationalPositions.CommentRequest(
                                            form.get("clause"),
                                            commentType(form.get("type")),
                                            form.get("comment"),
                                            form.get("proposedChange"))));
                    redirect.addFlashAttribute("notice", "notice.ballotCommented");
                    return "redirect:/international/ballots/" + id;
                },
                () -> ballot(user, id, model),
                model,
                response);
    }

    @GetMapping("/international/ballots/{id}/position")
    String position(AppUser user, @PathVariable long id, Model model) {
        NationalPositions.BallotView ballot = positions.ballot(user, id);
        if (ballot.comments() == null) {
            throw ApiException.forbidden("The national position is for the mirror committee, the programme's"
                            + " managers and administrators.")
                    .withText("problem.ballot.notInsider");
        }
        boolean secretariat = positions.isSecretariat(user, ballot) || user.isAdmin();
        model.addAttribute("ballot", ballot);
        model.addAttribute("secretariat", secretariat);
        model.addAttribute("positionTask", secretariat ? positionTask(user, id) : null);
        model.addAttribute("votes", IntlBallot.Vote.values());
        model.addAttribute("dispositions", IntlBallot.Disposition.values());
        model.addAttribute(
                "mayDispose", secretariat && ballot.closed() && ballot.status() == IntlBallot.Status.SUBMITTED);
        return "international/position";
    }

    @PostMapping("/international/ballots/{id}/comments/{commentId}/decision")
    String decide(
            AppUser user,
            @PathVariable long id,
            @PathVariable long commentId,
            @RequestParam(required = false) IntlBallot.Decision decision,
            @RequestParam(required = false) String reason,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return refusedOr(
                () -> {
                    positions.decide(
                            user,
                            id,
                            commentId,
                            Validation.valid(
                                    validator, new NationalPositions.DecisionRequest(required(decision), reason)));
                    redirect.addFlashAttribute("notice", "notice.commentDecided");
                    return "redirect:/international/ballots/" + id + "/position#comment-" + commentId;
                },
                () -> position(user, id, model),
                model,
                response);
    }

    /** China's vote: the secretariat completes its task, with the same rules as through the API. */
    @PostMapping("/international/ballots/{id}/position")
    String submit(
            AppUser user,
            @PathVariable long id,
            @RequestParam(required = false) String vote,
            @RequestParam(required = false) String comment,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return refusedOr(
                () -> {
                    TaskView task = positionTask(user, id);
                    if (task == null) {
                        throw ApiException.conflict("No national position waits on you for this ballot.")
                                .withText("problem.ballot.noPositionTask");
                    }
                    Map<String, Object> body = new LinkedHashMap<>();
                    if (vote != null && !vote.isBlank()) {
                        body.put("vote", vote);
                    }
                    if (comment != null && !comment.isBlank()) {
                        body.put("comment", comment);
                    }
                    worklist.complete(user, task.id(), body);
                    redirect.addFlashAttribute("notice", "notice.positionSubmitted");
                    return "redirect:/international/ballots/" + id + "/position";
                },
                () -> position(user, id, model),
                model,
                response);
    }

    /** The dispositions as the form sends them: {@code disposition-<commentId>} for each comment given one. */
    @PostMapping("/international/ballots/{id}/dispositions")
    String dispose(
            AppUser user,
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return refusedOr(
                () -> {
                    List<NationalPositions.DispositionEntry> entries = form.entrySet().stream()
                            .filter(e -> e.getKey().startsWith("disposition-")
                                    && !e.getValue().isBlank())
                            .map(e -> new NationalPositions.DispositionEntry(
                                    commentId(e.getKey()), disposition(e.getValue())))
                            .toList();
                    if (entries.isEmpty()) {
                        throw ApiException.invalid("dispositions", "Choose a disposition for at least one comment.")
                                .withText("problem.ballot.noDispositions");
                    }
                    positions.recordDispositions(
                            user, id, Validation.valid(validator, new NationalPositions.DispositionsRequest(entries)));
                    redirect.addFlashAttribute("notice", "notice.dispositionsRecorded");
                    return "redirect:/international/ballots/" + id + "/position";
                },
                () -> position(user, id, model),
                model,
                response);
    }

    /** The user's open task for the ballot's position; null when none waits on them. */
    private TaskView positionTask(AppUser user, long ballotId) {
        return worklist.openTaskAbout(user, BallotProcess.subjectKey(ballotId))
                .filter(t -> BallotProcess.POSITION_TASK.equals(t.key()))
                .orElse(null);
    }

    private String refusedOr(
            Supplier<String> command, Supplier<String> page, Model model, HttpServletResponse response) {
        try {
            return command.get();
        } catch (ApiException refusal) {
            if (refusal.status().value() == 404) {
                throw refusal;
            }
            response.setStatus(refusal.status().value());
            model.addAttribute("error", refusal);
            return page.get();
        }
    }

    private static <T> T required(T value) {
        if (value == null) {
            throw ApiException.invalid("decision", "Choose accept or reject.")
                    .withText("problem.ballot.decisionRequired");
        }
        return value;
    }

    private static IntlBallot.CommentType commentType(String value) {
        for (IntlBallot.CommentType type : IntlBallot.CommentType.values()) {
            if (type.name().equalsIgnoreCase(value)) {
                return type;
            }
        }
        throw ApiException.invalid("type", "Choose the comment's type: general, technical or editorial.")
                .withText("problem.ballot.commentType");
    }

    private static long commentId(String field) {
        try {
            return Long.parseLong(field.substring("disposition-".length()));
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("dispositions", "'" + field + "' names no comment.")
                    .withText("problem.ballot.dispositionField");
        }
    }

    private static IntlBallot.Disposition disposition(String value) {
        try {
            return IntlBallot.Disposition.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("dispositions", "'" + value + "' is not a disposition.")
                    .withText("problem.ballot.dispositionValue");
        }
    }
}
