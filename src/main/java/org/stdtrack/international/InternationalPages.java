package org.stdtrack.international;

import java.time.LocalDate;
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
import org.stdtrack.problem.ApiException;
import org.stdtrack.programme.Programme;
import org.stdtrack.programme.ReferenceData;
import org.stdtrack.standard.InternationalDegree;
import org.stdtrack.web.PageController;

/**
 * International work as pages: the committees China takes part in and the projects (filtered as the API
 * filters them), a project's page with its stage history and national counterparts, and the one-step national
 * adoption of a published project for those who keep it.
 */
@PageController
class InternationalPages {

    private static final int PAGE_SIZE = 50;

    private final InternationalWork work;
    private final InternationalReport report;
    private final ReferenceData referenceData;
    private final Experts experts;
    private final NationalPositions positions;

    InternationalPages(
            InternationalWork work,
            InternationalReport report,
            ReferenceData referenceData,
            Experts experts,
            NationalPositions positions) {
        this.positions = positions;
        this.experts = experts;
        this.work = work;
        this.report = report;
        this.referenceData = referenceData;
    }

    /** The programme's international work in figures, as of a day, with the files to hand on. */
    @GetMapping("/international/report")
    String report(
            AppUser user,
            @RequestParam(required = false) String programme,
            @RequestParam(required = false) LocalDate asOf,
            Model model) {
        String shown = programme != null && !programme.isBlank()
                ? programme
                : referenceData.programmes().stream()
                        .findFirst()
                        .map(Programme::code)
                        .orElseThrow(() -> ApiException.notFound("There is no programme yet.")
                                .withText("problem.international.noProgramme"));
        model.addAttribute("programmes", referenceData.programmes());
        model.addAttribute("programme", shown);
        model.addAttribute("report", report.report(user, shown, asOf));
        return "international/report";
    }

    @GetMapping("/international")
    String overview(
            AppUser user,
            @RequestParam(required = false) String programme,
            @RequestParam(required = false) String committee,
            @RequestParam(required = false) ChinaRole chinaRole,
            @RequestParam(required = false) String stage,
            @RequestParam(required = false) String domain,
            @RequestParam(defaultValue = "false") boolean led,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        String owner = committee == null || committee.isBlank()
                ? null
                : work.committee(committee).code();
        String group = stage == null || stage.isBlank() ? null : stage;
        String shown = programme == null || programme.isBlank() ? null : programme;
        String area = domain == null || domain.isBlank() ? null : domain;
        model.addAttribute("committees", work.committees());
        model.addAttribute("programmes", referenceData.programmes());
        model.addAttribute("roles", ChinaRole.values());
        model.addAttribute("stageGroups", List.of("00", "10", "20", "30", "40", "50", "60", "90", "95"));
        model.addAttribute(
                "projects",
                work.projects(
                        user,
                        new InternationalWork.ProjectFilter(shown, owner, chinaRole, group, area, led),
                        Math.max(0, Math.min(page, 100_000)),
                        PAGE_SIZE));
        model.addAttribute("programme", shown);
        model.addAttribute("committee", owner == null ? null : IntlCommittee.keyOf(owner));
        model.addAttribute("chinaRole", chinaRole);
        model.addAttribute("stage", group);
        model.addAttribute("domains", referenceData.domains());
        model.addAttribute("domain", area);
        model.addAttribute("led", led);
        return "international/overview";
    }

    @GetMapping("/international/projects/{id}")
    String project(AppUser user, @PathVariable long id, Model model) {
        InternationalWork.ProjectView project = work.project(user, id);
        IntlCommittee owner = work.committee(project.ownerCommittee());
        boolean candidate = HarmonizedStage.isPublished(project.stage()) && !work.isAdopted(id);
        model.addAttribute("project", project);
        model.addAttribute("owner", owner);
        model.addAttribute("candidate", candidate);
        boolean keeps = InternationalWork.keeps(user, project.programme(), owner);
        model.addAttribute("mayAdopt", candidate && keeps);
        model.addAttribute("ballots", positions.ofProject(user, id));
        model.addAttribute("mayOpenBallot", keeps && owner.mirrorCommittee() != null);
        model.addAttribute("ballotTypes", IntlBallot.Type.values());
        model.addAttribute("degrees", List.of(InternationalDegree.IDT, InternationalDegree.MOD));
        model.addAttribute("organisations", referenceData.organisations());
        List<Long> staff = new ArrayList<>(project.editors());
        if (project.projectLeader() != null) {
            staff.add(0, project.projectLeader());
        }
        Map<Long, String> names = experts.names(user, staff);
        model.addAttribute("expertNames", names);
        model.addAttribute(
                "editorNames",
                project.editors().stream()
                        .filter(names::containsKey)
                        .map(names::get)
                        .toList());
        return "international/project";
    }

    /** The one-step adoption from the project's page; the new standard's page follows. */
    @PostMapping("/international/projects/{id}/adoption")
    String adopt(
            AppUser user,
            @PathVariable long id,
            @RequestParam InternationalDegree degree,
            @RequestParam(required = false) String leadOrganisation,
            RedirectAttributes redirect) {
        InternationalWork.ProjectView adopted = work.adopt(
                user,
                id,
                new InternationalWork.AdoptionRequest(
                        degree,
                        null,
                        null,
                        null,
                        leadOrganisation == null || leadOrganisation.isBlank() ? null : leadOrganisation,
                        null,
                        null));
        redirect.addFlashAttribute("notice", "notice.adoptionStarted");
        Long standard = adopted.nationalCounterparts()
                .get(adopted.nationalCounterparts().size() - 1)
                .standardId();
        return "redirect:/standards/" + standard;
    }
}
