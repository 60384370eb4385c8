package org.stdtrack.consultation;

import jakarta.validation.Validator;
import java.io.IOException;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stdtrack.files.SpooledFile;
import org.stdtrack.identity.AppUser;
import org.stdtrack.problem.ApiException;
import org.stdtrack.problem.Validation;
import org.stdtrack.web.Forms;
import org.stdtrack.web.PageController;

/**
 * Comments from the standard page and resolutions from the comment resolution table: the API's requests,
 * validated by the same constraints, then back to the page they came from.
 */
@PageController
class CommentPages {

    private final Consultations consultations;
    private final Validator validator;
    private final CommentImport imports;

    CommentPages(Consultations consultations, Validator validator, CommentImport imports) {
        this.consultations = consultations;
        this.validator = validator;
        this.imports = imports;
    }

    @PostMapping("/standards/{standardId}/comments")
    String comment(
            AppUser user,
            @PathVariable long standardId,
            @RequestParam(required = false) String clause,
            @RequestParam(required = false) Comment.CommentType type,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) String proposedChange,
            @RequestParam(required = false) String organisation,
            @RequestParam(required = false) Comment.Channel channel,
            RedirectAttributes redirect) {
        consultations.comment(
                user,
                standardId,
                Validation.valid(
                        validator,
                        new Consultations.NewComment(clause, type, text, proposedChange, organisation, channel)));
        redirect.addFlashAttribute("notice", "notice.commented");
        return "redirect:/standards/" + standardId + "#comments";
    }

    /** The spreadsheet chosen on the page; its type from its name when the browser does not say. */
    @PostMapping("/standards/{standardId}/comments/import")
    String importComments(
            AppUser user,
            @PathVariable long standardId,
            @RequestParam(required = false) MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw ApiException.badRequest("file", "Choose a CSV or XLSX file of comments.");
        }
        String name = String.valueOf(file.getOriginalFilename()).toLowerCase(Locale.ROOT);
        MediaType type = name.endsWith(".xlsx")
                ? CommentImport.XLSX
                : name.endsWith(".csv")
                        ? MediaType.parseMediaType("text/csv")
                        : file.getContentType() == null ? null : MediaType.parseMediaType(file.getContentType());
        try (SpooledFile spooled = SpooledFile.of(file.getInputStream(), imports.maxBytes(), "A comment file")) {
            imports.run(user, standardId, type, spooled.path());
        }
        redirect.addFlashAttribute("notice", "notice.commentsImported");
        return "redirect:/standards/" + standardId + "#comments";
    }

    @PostMapping("/standards/{standardId}/comments/{commentId}/resolution")
    String resolve(
            AppUser user,
            @PathVariable long standardId,
            @PathVariable long commentId,
            @RequestParam(required = false) Comment.Decision resolution,
            @RequestParam(required = false) String reason,
            @RequestParam String returnTo,
            RedirectAttributes redirect) {
        consultations.resolve(
                user,
                standardId,
                commentId,
                Validation.valid(validator, new Consultations.Resolution(resolution, reason)));
        redirect.addFlashAttribute("notice", "notice.resolved");
        return "redirect:" + Forms.localPath(returnTo, "/tasks") + "#comment-" + commentId;
    }
}
