package org.stdtrack.portfolio;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.stdtrack.files.CheckedImports;
import org.stdtrack.files.SpooledFile;
import org.stdtrack.identity.AppUser;
import org.stdtrack.problem.ApiException;
import org.stdtrack.programme.ReferenceData;
import org.stdtrack.web.PageController;

/**
 * The import as a page: a file is checked first (a dry run, its errors listed by line and column), kept on
 * disk for its account ({@link CheckedImports}), and imported when the user confirms that very file, through
 * the same service and rules as the API.
 */
@PageController
@RequestMapping("/imports")
class ImportPage {

    private final PortfolioImport imports;
    private final ReferenceData referenceData;
    private final CheckedImports checked;
    private final long maxFileBytes;

    ImportPage(
            PortfolioImport imports,
            ReferenceData referenceData,
            CheckedImports checked,
            @Value("${stdtrack.imports.max-file-size:50MB}") DataSize maxFileSize) {
        this.imports = imports;
        this.referenceData = referenceData;
        this.checked = checked;
        this.maxFileBytes = maxFileSize.toBytes();
    }

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
            HttpServletResponse response,
            Model model)
            throws IOException {
        model.addAttribute("programmes", referenceData.programmes());
        model.addAttribute("programme", programme);
        try (SpooledFile spooled = SpooledFile.of(file.getInputStream(), maxFileBytes, "A portfolio file")) {
            String fileName = file.getOriginalFilename();
            PortfolioImport.Result result = imports.run(
                    user,
                    programme,
                    true,
                    new PortfolioImport.Upload(fileName, typeOf(fileName), spooled.path(), spooled.sha256()));
            model.addAttribute("result", result);
            model.addAttribute("fileName", fileName);
            if (result.errors().isEmpty()) {
                model.addAttribute("token", checked.keep(user.username(), spooled));
            }
        } catch (ApiException refusal) {
            response.setStatus(refusal.status().value());
            model.addAttribute("error", refusal);
        }
        return "imports";
    }

    @PostMapping("/commit")
    String commit(
            AppUser user,
            @RequestParam String token,
            @RequestParam String programme,
            @RequestParam String fileName,
            HttpServletResponse response,
            Model model) {
        model.addAttribute("programmes", referenceData.programmes());
        Path kept = checked.find(user.username(), token).orElse(null);
        if (kept == null) {
            response.setStatus(409);
            model.addAttribute("error", ApiException.conflict("Check the file again before importing it."));
            return "imports";
        }
        model.addAttribute("programme", programme);
        model.addAttribute("fileName", fileName);
        PortfolioImport.Result result;
        try {
            result = imports.run(
                    user, programme, false, new PortfolioImport.Upload(fileName, typeOf(fileName), kept, token));
        } finally {
            checked.remove(kept);
        }
        if (!result.errors().isEmpty()) {
            response.setStatus(422);
        }
        model.addAttribute("result", result);
        model.addAttribute("imported", result.errors().isEmpty());
        return "imports";
    }

    /** By the file's name, as browsers declare spreadsheet uploads inconsistently; the reader checks content. */
    private static MediaType typeOf(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return PortfolioFile.XLSX;
        }
        if (name.endsWith(".csv")) {
            return PortfolioFile.CSV;
        }
        throw ApiException.unsupportedMediaType("Choose a .csv (UTF-8) or .xlsx file.");
    }
}
