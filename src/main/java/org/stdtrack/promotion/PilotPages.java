package org.stdtrack.promotion;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stdtrack.document.Documents;
import org.stdtrack.identity.AppUser;
import org.stdtrack.problem.ApiException;
import org.stdtrack.standard.StandardRepository;
import org.stdtrack.tasks.TaskView;
import org.stdtrack.tasks.Worklist;
import org.stdtrack.web.PageController;

/**
 * A pilot's page: its enterprises, standards and status, and for whoever holds its open step the decision, taken
 * through the worklist as every task's (a refusal shows the page again with the reason in the reader's language).
 */
@PageController
class PilotPages {

    private final Pilots pilots;
    private final PilotLetters letters;
    private final Worklist worklist;
    private final StandardRepository standards;

    PilotPages(Pilots pilots, PilotLetters letters, Worklist worklist, StandardRepository standards) {
        this.pilots = pilots;
        this.letters = letters;
        this.worklist = worklist;
        this.standards = standards;
    }

    @GetMapping("/pilots/{id}")
    String pilot(AppUser user, @PathVariable long id, Model model) {
        Pilots.Pilot pilot = pilots.require(id);
        model.addAttribute("pilot", pilot);
        model.addAttribute(
                "standards",
                pilot.standards().stream()
                        .map(standards::find)
                        .flatMap(Optional::stream)
                        .toList());
        model.addAttribute("task", openTask(user, id));
        boolean keeps = letters.keeps(user, pilot);
        model.addAttribute("letters", keeps ? letters.letters(user, id) : null);
        model.addAttribute("mayAddLetters", keeps && !pilot.status().isOver());
        return "pilot";
    }

    @PostMapping("/pilots/{id}/letters")
    String addLetter(
            AppUser user,
            @PathVariable long id,
            @RequestParam(required = false) MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw ApiException.badRequest("file", "Choose a file to upload.").withText("problem.document.chooseFile");
        }
        letters.upload(
                user, id, new Documents.Upload(file.getOriginalFilename(), file.getSize(), file.getInputStream()));
        redirect.addFlashAttribute("notice", "notice.uploaded");
        return "redirect:/pilots/" + id + "#letters";
    }

    @PostMapping("/pilots/{id}/decision")
    String decide(
            AppUser user,
            @PathVariable long id,
            @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String comment,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            TaskView task = openTask(user, id);
            if (task == null) {
                throw ApiException.conflict("No step of this pilot waits on you.")
                        .withText("problem.pilot.noTask");
            }
            Map<String, Object> body = new LinkedHashMap<>();
            if (outcome != null && !outcome.isBlank()) {
                body.put("outcome", outcome);
            }
            if (comment != null && !comment.isBlank()) {
                body.put("comment", comment);
            }
            worklist.complete(user, task.id(), body);
            redirect.addFlashAttribute("notice", "notice.pilotDecided");
            return "redirect:/pilots/" + id;
        } catch (ApiException refusal) {
            response.setStatus(refusal.status().value());
            model.addAttribute("error", refusal);
            return pilot(user, id, model);
        }
    }

    /** The user's open task on the pilot; null when none waits on them. */
    private TaskView openTask(AppUser user, long id) {
        return worklist.openTaskAbout(user, PilotProcess.subjectKey(id)).orElse(null);
    }
}
