package org.stdtrack.portfolio;

import java.time.LocalDate;
import org.stdtrack.programme.Committee;
import org.stdtrack.standard.InternationalDegree;
import org.stdtrack.standard.PublishedNumber;
import org.stdtrack.standard.Stage;
import org.stdtrack.standard.StandardType;

/** One row of a portfolio file, read and checked: what the standard is and where it stands. */
record ImportedRow(
        long line,
        String title,
        String titleZh,
        StandardType type,
        String domain,
        Committee committee,
        String leadOrganisation,
        String internationalReference,
        InternationalDegree internationalDegree,
        Stage stage,
        LocalDate stageEnteredOn,
        String planNumber,
        LocalDate planApprovedOn,
        String publishedNumber,
        LocalDate publicationDate,
        LocalDate implementationDate,
        LocalDate withdrawnOn,
        LocalDate commentDeadline,
        LocalDate ballotClosesOn,
        Long systemRow) {

    /** The published number without an IDT adoption's dual part: what is unique. */
    String nationalNumber() {
        return publishedNumber == null ? null : PublishedNumber.national(publishedNumber);
    }
}
