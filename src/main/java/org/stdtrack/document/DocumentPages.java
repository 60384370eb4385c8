package org.stdtrack.document;

import java.io.IOException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stdtrack.identity.AppUser;
import org.stdtrack.problem.ApiException;
import org.stdtrack.standard.StandardAccess;
import org.stdtrack.web.Forms;
import org.stdtrack.web.PageController;

/** Uploads from the standard's page and from a task's form, and two versions side by side. */
@PageController
class DocumentPages {

    private final Documents documents;
    private final TextComparison comparison;
    private final StandardAccess access;

    DocumentPages(Documents documents, TextComparison comparison, StandardAccess access) {
        this.documents = documents;
        this.comparison = comparison;
        this.access = access;
    }

    @PostMapping("/standards/{standardId}/documents")
    String upload(
            AppUser user,
            @PathVariable long standardId,
            @RequestParam(required = false) DocumentKind kind,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String returnTo,
            RedirectAttributes redirect)
            throws IOException {
        if (kind == null) {
            throw ApiException.badRequest("kind", "Choose what kind of document the file is.")
                    .withText("problem.document.chooseKind");
        }
        if (file == null || file.isEmpty()) {
            throw ApiException.badRequest("file", "Choose a file to upload.").withText("problem.document.chooseFile");
        }
        documents.upload(
                user,
                standardId,
                kind,
                new Documents.Upload(file.getOriginalFilename(), file.getSize(), file.getInputStream()));
        redirect.addFlashAttribute("notice", "notice.uploaded");
        return "redirect:" + Forms.localPath(returnTo, "/standards/" + standardId) + "#documents";
    }

    @GetMapping("/standards/{standardId}/documents/{documentId}/diff")
    String diff(
            AppUser user,
            @PathVariable long standardId,
            @PathVariable long documentId,
            @RequestParam long to,
            Model model) {
        model.addAttribute("standard", access.find(user, standardId));
        model.addAttribute(
                "comparison",
                comparison.compareMarked(
                        documents.find(user, standardId, documentId), documents.find(user, standardId, to)));
        return "document-diff";
    }
}
