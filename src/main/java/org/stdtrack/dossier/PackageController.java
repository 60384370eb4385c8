package org.stdtrack.dossier;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.stdtrack.identity.AppUser;

/** The submission for approval: its package as a ZIP, and the record of each submission with its SHA-256. */
@RestController
@RequestMapping("/api/standards/{standardId}")
class PackageController {

    private final SubmissionPackage packages;

    PackageController(SubmissionPackage packages) {
        this.packages = packages;
    }

    /**
     * The submitted package once there is one (the same bytes, whose SHA-256 the submission recorded, is
     * also the ETag), else the package as it would be submitted now; 409 naming the documents it lacks.
     */
    @GetMapping("/package")
    @ApiResponse(
            responseCode = "200",
            content = @Content(mediaType = "application/zip", schema = @Schema(type = "string", format = "binary")))
    void submissionPackage(AppUser user, @PathVariable long standardId, HttpServletResponse response)
            throws IOException {
        SubmissionPackage.Prepared prepared = packages.prepare(packages.forPackage(user, standardId));
        prepared.recordedSha256().ifPresent(sha -> response.setHeader(HttpHeaders.ETAG, "\"" + sha + "\""));
        response.setContentType("application/zip");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("submission-package-" + standardId + ".zip")
                        .build()
                        .toString());
        prepared.writeTo(response.getOutputStream());
    }

    @GetMapping("/submissions")
    List<SubmissionPackage.Submission> submissions(AppUser user, @PathVariable long standardId) {
        return packages.submissions(packages.forPackage(user, standardId).id());
    }
}
