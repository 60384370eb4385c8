package org.stdtrack.adoption;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;

/**
 * A declaration as the API's body and the page's form send it, under the same constraints; the service checks
 * the rest (credit code, dates, stage, who declares for whom).
 */
public record DeclarationRequest(
        @NotBlank @Size(max = 200) String enterprise,
        @NotBlank @Size(min = 18, max = 18) String creditCode,
        @NotBlank @Size(max = 2000) String scope,
        @NotBlank @Size(max = 2000) String productsOrServices,
        @NotNull LocalDate implementedOn,

        @NotBlank @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) link")
        String evidence,

        /** Optional: what the enterprise aligned with the standard. */
        Set<AlignedArea> alignedAreas,

        /**
         * Optional: the enterprise's entry on the national enterprise standards self-declaration platform (a link or
         * a record number), kept as typed and never fetched.
         */
        @Size(max = 200) String selfDeclaration) {

    /** What the service takes: names trimmed, the credit code in capitals as GB 32100 writes it. */
    Adoptions.Declaration declaration() {
        return new Adoptions.Declaration(
                enterprise.trim(),
                creditCode.trim().toUpperCase(),
                scope,
                productsOrServices,
                implementedOn,
                evidence,
                alignedAreas == null ? Set.of() : Set.copyOf(alignedAreas),
                selfDeclaration == null || selfDeclaration.isBlank() ? null : selfDeclaration.strip());
    }
}
