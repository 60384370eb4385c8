package org.stdtrack.periodicreview;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stdtrack.identity.AppUser;
import org.stdtrack.periodicreview.ReviewConclusion.Outcome;
import org.stdtrack.problem.ApiException;
import org.stdtrack.problem.Validation;
import org.stdtrack.web.PageController;

/** A committee's review batch of a year, with the forms of who acts on it now: the API's requests. */
@PageController
class ReviewBatchPages {

    private final ReviewConclusions conclusions;
    private final Validator validator;

    ReviewBatchPages(ReviewConclusions conclusions, Validator validator) {
        this.conclusions = conclusions;
        this.validator = validator;
    }

    @GetMapping("/committees/{code}/review-batches/{year}")
    String batch(AppUser user, @PathVariable String code, @PathVariable int year, Model model) {
        ReviewConclusions.ReviewBatch batch = conclusions.batch(user, code, year);
        model.addAttribute("batch", batch);
        model.addAttribute("actions", conclusions.actions(user, batch));
        model.addAttribute("outcomes", Outcome.values());
        return "periodicreview/batch";
    }

    @PostMapping("/committees/{code}/review-batches/{year}/submission")
    String submit(AppUser user, @PathVariable String code, @PathVariable int year, RedirectAttributes redirect) {
        conclusions.submit(user, code, year);
        redirect.addFlashAttribute("notice", "notice.reviewBatchSubmitted");
        return back(code, year);
    }

    @PostMapping("/committees/{code}/review-batches/{year}/endorsement")
    String endorse(AppUser user, @PathVariable String code, @PathVariable int year, RedirectAttributes redirect) {
        conclusions.endorse(user, code, year);
        redirect.addFlashAttribute("notice", "notice.reviewBatchEndorsed");
        return back(code, year);
    }

    /** One outcome ({@code outcome-<standard id>}) and reason ({@code comment-<standard id>}) per row. */
    @PostMapping("/committees/{code}/review-batches/{year}/decision")
    String decide(
            AppUser user,
            @PathVariable String code,
            @PathVariable int year,
            @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        List<ReviewConclusions.ReviewDecision> decisions = new ArrayList<>();
        form.forEach((name, value) -> {
            if (name.startsWith("outcome-") && !value.isBlank()) {
                String standard = name.substring("outcome-".length());
                String comment = form.get("comment-" + standard);
                try {
                    decisions.add(new ReviewConclusions.ReviewDecision(
                            Long.valueOf(standard),
                            Outcome.valueOf(value),
                            comment == null || comment.isBlank() ? null : comment));
                } catch (IllegalArgumentException notADecision) {
                    throw ApiException.invalid(name, "Not a standard's review decision: " + value + ".");
                }
            }
        });
        conclusions.decide(
                user, code, year, Validation.valid(validator, new ReviewConclusions.ReviewBatchDecision(decisions)));
        redirect.addFlashAttribute("notice", "notice.reviewBatchDecided");
        return back(code, year);
    }

    private static String back(String code, int year) {
        return "redirect:/committees/" + code + "/review-batches/" + year;
    }
}
