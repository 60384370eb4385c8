package org.stdtrack.plan;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.stdtrack.identity.Role;
import org.stdtrack.standard.PlanChanges;
import org.stdtrack.standard.StandardAccess;
import org.stdtrack.standard.StandardPagePart;
import org.stdtrack.standard.StandardPagePart.Fragment;
import org.stdtrack.standard.StandardPagePart.Place;

/** The plan's sections on a standard's page: its plan changes and the forms to ask for one; its work plan. */
@Configuration
class PlanPageParts {

    private static final String TEMPLATE = "plan/standard-parts";

    /**
     * The committee's working material: the requests and their decisions. Only the secretariat of a planned
     * project in development asks for a change, and for an extension only while its development clock runs.
     */
    @Bean
    StandardPagePart planChangesSection(PlanChanges planChanges, StandardAccess access) {
        return StandardPagePart.of(
                Place.AFTER_FACTS, 10, new Fragment(TEMPLATE, "planChanges"), (reader, standard, model) -> {
                    boolean readsWorkingMaterial = access.readsWorkingMaterial(reader, standard);
                    model.addAttribute("planChanges", readsWorkingMaterial ? planChanges.of(standard.id()) : List.of());
                    boolean planned = reader.has(Role.SECRETARIAT, standard.committee())
                            && standard.developmentStartedAt() != null
                            && standard.stage().isInDevelopment();
                    model.addAttribute("mayRequestPlanChange", planned);
                    model.addAttribute(
                            "mayRequestExtension",
                            planned
                                    && standard.developmentDueAt() != null
                                    && standard.submittedForApprovalAt() == null);
                });
    }

    @Bean
    StandardPagePart workPlanSection(WorkPlans workPlans, StandardAccess access) {
        return StandardPagePart.of(
                Place.AFTER_DOCUMENTS, 30, new Fragment(TEMPLATE, "workPlan"), (reader, standard, model) -> {
                    List<WorkPlans.Target> workPlan =
                            access.readsWorkingMaterial(reader, standard) ? workPlans.of(standard) : List.of();
                    model.addAttribute("workPlan", workPlan);
                    model.addAttribute(
                            "workPlanDates",
                            workPlan.stream()
                                    .collect(
                                            Collectors.toMap(WorkPlans.Target::milestone, WorkPlans.Target::targetOn)));
                    model.addAttribute("maySetWorkPlan", workPlans.maySet(reader, standard));
                });
    }
}
