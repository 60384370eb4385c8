package org.stdtrack.plan;

import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stdtrack.identity.AppUser;
import org.stdtrack.problem.Validation;
import org.stdtrack.standard.PlanChange;
import org.stdtrack.web.PageController;

/** The request forms on the standard's page: the API's requests, validated by the same constraints. */
@PageController
class PlanPages {

    private final PlanChangeRequests planChanges;
    private final WorkPlans workPlans;
    private final Validator validator;

    PlanPages(PlanChangeRequests planChanges, WorkPlans workPlans, Validator validator) {
        this.planChanges = planChanges;
        this.workPlans = workPlans;
        this.validator = validator;
    }

    /** The work plan's form: one date input per milestone, named by the milestone. */
    @PostMapping("/standards/{standardId}/work-plan")
    String setWorkPlan(
            AppUser user,
            @PathVariable long standardId,
            @RequestParam(name = "DRAFTING", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate drafting,
            @RequestParam(name = "CONSULTATION", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate consultation,
            @RequestParam(name = "TECHNICAL_REVIEW", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate technicalReview,
            @RequestParam(name = "APPROVAL", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate approval,
            RedirectAttributes redirect) {
        Map<WorkPlans.Milestone, LocalDate> targets = new EnumMap<>(WorkPlans.Milestone.class);
        putIfGiven(targets, WorkPlans.Milestone.DRAFTING, drafting);
        putIfGiven(targets, WorkPlans.Milestone.CONSULTATION, consultation);
        putIfGiven(targets, WorkPlans.Milestone.TECHNICAL_REVIEW, technicalReview);
        putIfGiven(targets, WorkPlans.Milestone.APPROVAL, approval);
        workPlans.set(user, standardId, new WorkPlans.WorkPlanRequest(targets));
        redirect.addFlashAttribute("notice", "notice.workPlanSet");
        return "redirect:/standards/" + standardId + "#work-plan";
    }

    private static void putIfGiven(Map<WorkPlans.Milestone, LocalDate> targets, WorkPlans.Milestone m, LocalDate day) {
        if (day != null) {
            targets.put(m, day);
        }
    }

    @PostMapping("/standards/{standardId}/extension-requests")
    String requestExtension(
            AppUser user,
            @PathVariable long standardId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate newDueDate,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        planChanges.requestExtension(
                user, standardId, Validation.valid(validator, new PlanChangeRequests.NewRequest(newDueDate, reason)));
        redirect.addFlashAttribute("notice", "notice.extensionRequested");
        return "redirect:/standards/" + standardId + "#extensions";
    }

    @PostMapping("/standards/{standardId}/plan-changes")
    String request(
            AppUser user,
            @PathVariable long standardId,
            @RequestParam(required = false) PlanChange.Kind kind,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate newDueDate,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String titleZh,
            @RequestParam(required = false) String leadOrganisation,
            @RequestParam(required = false) String committee,
            RedirectAttributes redirect) {
        planChanges.request(
                user,
                standardId,
                Validation.valid(
                        validator,
                        new PlanChangeRequests.NewPlanChange(
                                kind, reason, newDueDate, title, titleZh, leadOrganisation, committee)));
        redirect.addFlashAttribute("notice", "notice.planChangeRequested");
        return "redirect:/standards/" + standardId + "#extensions";
    }
}
