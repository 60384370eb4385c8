package org.stdtrack.portfolio;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.stdtrack.identity.AppUser;
import org.stdtrack.persistence.Sha256;
import org.stdtrack.problem.ApiException;
import org.stdtrack.programme.ReferenceData;
import org.stdtrack.web.PageController;

/**
 * The import as a page: a file is checked first (a dry run, its errors listed by line and column), kept in
 * the session for the moment, and imported when the user confirms that very file, through the same
 * service and rules as the API.
 */
@PageController
@RequestMapping("/imports")
class ImportPage {

    private static final String CHECKED = ImportPage.class.getName() + ".checked";

    private final PortfolioImport imports;
    private final ReferenceData referenceData;

    ImportPage(PortfolioImport imports, ReferenceData referenceData) {
        this.imports = imports;
        this.referenceData = referenceData;
    }

    /** A file checked and waiting for the user's confirmation. */
    private record Checked(String programme, String fileName, MediaType type, byte[] content, String sha256) {}

    @GetMapping
    String page(AppUser user, Model model) {
        model.addAttribute("programmes", referenceData.programmes());
        return "imports";
    }

    @PostMapping("/check")
    String check(
            AppUser user,
            @RequestParam String programme,
            @RequestParam MultipartFile file,
            HttpSession session,
            HttpServletResponse response,
            Model model)
            throws IOException {
        model.addAttribute("programmes", referenceData.programmes());
        model.addAttribute("programme", programme);
        try {
            MediaType type = typeOf(file);
            byte[] content = file.getBytes();
            PortfolioImport.Result result = imports.run(
                    user, programme, true, file.getOriginalFilename(), type, new ByteArrayInputStream(content));
            model.addAttribute("result", result);
            model.addAttribute("fileName", file.getOriginalFilename());
            if (result.errors().isEmpty()) {
                Checked checked = new Checked(programme, file.getOriginalFilename(), type, content, Sha256.of(content));
                session.setAttribute(CHECKED, checked);
                model.addAttribute("token", checked.sha256());
            } else {
                session.removeAttribute(CHECKED);
            }
        } catch (ApiException refusal) {
            response.setStatus(refusal.status().value());
            model.addAttribute("error", refusal);
        }
        return "imports";
    }

    @PostMapping("/commit")
    String commit(
            AppUser user, @RequestParam String token, HttpSession session, HttpServletResponse response, Model model) {
        model.addAttribute("programmes", referenceData.programmes());
        Object stored = session.getAttribute(CHECKED);
        if (!(stored instanceof Checked checked) || !checked.sha256().equals(token)) {
            response.setStatus(409);
            model.addAttribute("error", ApiException.conflict("Check the file again before importing it."));
            return "imports";
        }
        session.removeAttribute(CHECKED);
        model.addAttribute("programme", checked.programme());
        model.addAttribute("fileName", checked.fileName());
        PortfolioImport.Result result = imports.run(
                user,
                checked.programme(),
                false,
                checked.fileName(),
                checked.type(),
                new ByteArrayInputStream(checked.content()));
        if (!result.errors().isEmpty()) {
            response.setStatus(422);
        }
        model.addAttribute("result", result);
        model.addAttribute("imported", result.errors().isEmpty());
        return "imports";
    }

    /** By the file's name, as browsers declare spreadsheet uploads inconsistently; the reader checks content. */
    private static MediaType typeOf(MultipartFile file) {
        String name = file.getOriginalFilename() == null
                ? ""
                : file.getOriginalFilename().toLowerCase();
        if (name.endsWith(".xlsx")) {
            return PortfolioFile.XLSX;
        }
        if (name.endsWith(".csv")) {
            return PortfolioFile.CSV;
        }
        throw ApiException.unsupportedMediaType("Choose a .csv (UTF-8) or .xlsx file.");
    }
}
