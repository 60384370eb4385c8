package org.stdtrack.international;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.stdtrack.files.CheckedImports;
import org.stdtrack.files.SpooledFile;
import org.stdtrack.files.TableFile;
import org.stdtrack.identity.AppUser;
import org.stdtrack.problem.ApiException;
import org.stdtrack.web.PageController;

/**
 * ISO's open data files uploaded from a page, as the portfolio is: a file is checked first (a dry run, its faults
 * listed by line and field), kept on disk for its account, and imported when the administrator confirms that very
 * file, through the same service and rules as the API.
 */
@PageController
class IsoImportPages {

    /** Which of ISO's files a page upload is. */
    enum Kind {
        DELIVERABLES,
        COMMITTEES
    }

    private final IsoImports imports;
    private final CheckedImports checked;
    private final long maxBytes;

    IsoImportPages(
            IsoImports imports,
            CheckedImports checked,
            @Value("${stdtrack.international.max-import-size:300MB}") DataSize maxImportSize) {
        this.imports = imports;
        this.checked = checked;
        this.maxBytes = maxImportSize.toBytes();
    }

    @GetMapping("/international/imports")
    String page(AppUser user, Model model) {
        requireAdmin(user);
        model.addAttribute("kinds", Kind.values());
        return "international/imports";
    }

    @PostMapping("/international/imports/check")
    String check(
            AppUser user,
            @RequestParam Kind kind,
            @RequestParam MultipartFile file,
            HttpServletResponse response,
            Model model)
            throws IOException {
        requireAdmin(user);
        model.addAttribute("kinds", Kind.values());
        model.addAttribute("kind", kind);
        String fileName = file.getOriginalFilename();
        model.addAttribute("fileName", fileName);
        try (SpooledFile spooled = SpooledFile.of(file.getInputStream(), maxBytes, "ISO's file")) {
            var upload = new IsoImports.Upload(fileName, typeOf(fileName), spooled.path(), spooled.sha256());
            boolean clean = answer(user, kind, true, upload, model);
            if (clean) {
                model.addAttribute("token", checked.keep(user.username(), spooled));
            }
        } catch (ApiException refusal) {
            response.setStatus(refusal.status().value());
            model.addAttribute("error", refusal);
        }
        return "international/imports";
    }

    @PostMapping("/international/imports/commit")
    String commit(
            AppUser user,
            @RequestParam Kind kind,
            @RequestParam String token,
            @RequestParam String fileName,
            HttpServletResponse response,
            Model model) {
        requireAdmin(user);
        model.addAttribute("kinds", Kind.values());
        model.addAttribute("kind", kind);
        model.addAttribute("fileName", fileName);
        Path kept = checked.find(user.username(), token).orElse(null);
        if (kept == null) {
            response.setStatus(409);
            model.addAttribute(
                    "error",
                    ApiException.conflict("Check the file again before importing it.")
                            .withText("problem.import.checkAgain"));
            return "international/imports";
        }
        try {
            boolean clean =
                    answer(user, kind, false, new IsoImports.Upload(fileName, typeOf(fileName), kept, token), model);
            if (!clean) {
                response.setStatus(422);
            }
            model.addAttribute("imported", clean);
        } finally {
            checked.remove(kept);
        }
        return "international/imports";
    }

    /** Runs the import and shows what it found or did; whether the file is without faults. */
    private boolean answer(AppUser user, Kind kind, boolean dryRun, IsoImports.Upload upload, Model model) {
        if (kind == Kind.DELIVERABLES) {
            IsoImports.DeliverablesResult result = imports.deliverables(user, dryRun, upload);
            model.addAttribute("deliverables", result);
            model.addAttribute("errors", result.errors());
            return result.errors().isEmpty();
        }
        IsoImports.CommitteesResult result = imports.committees(user, dryRun, upload);
        model.addAttribute("committees", result);
        model.addAttribute("errors", result.errors());
        return result.errors().isEmpty();
    }

    /** By the file's name, as browsers declare uploads inconsistently; the reader checks the content. */
    private static MediaType typeOf(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
            return IsoOpenData.JSON_LINES;
        }
        if (name.endsWith(".csv")) {
            return TableFile.CSV;
        }
        throw ApiException.unsupportedMediaType("Choose ISO's .jsonl or .csv file.")
                .withText("problem.international.fileType");
    }

    private static void requireAdmin(AppUser user) {
        if (!user.isAdmin()) {
            throw ApiException.forbidden("ISO's open data is imported by administrators.")
                    .withText("problem.international.importers");
        }
    }
}
