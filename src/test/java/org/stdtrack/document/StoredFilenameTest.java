package org.stdtrack.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A document is stored and served under a name that ends as its recognised format does. */
class StoredFilenameTest {

    @Test
    void theNameEndsWithTheRecognisedFormatsExtension() {
        assertThat(Documents.filename("draft.docx", DocumentFormat.DOCX)).isEqualTo("draft.docx");
        assertThat(Documents.filename("Draft.DOCX", DocumentFormat.DOCX)).isEqualTo("Draft.DOCX");
        assertThat(Documents.filename("draft.docm", DocumentFormat.DOCX)).isEqualTo("draft.docx");
        assertThat(Documents.filename("report.pdf.exe", DocumentFormat.PDF)).isEqualTo("report.pdf");
        assertThat(Documents.filename("minutes", DocumentFormat.ODT)).isEqualTo("minutes.odt");
        assertThat(Documents.filename("C:\\\\Users\\\\x\\\\纪要.doc", DocumentFormat.DOC))
                .isEqualTo("纪要.doc");
        assertThat(Documents.filename("../..", DocumentFormat.XLSX)).isEqualTo("document.xlsx");
        assertThat(Documents.filename(null, DocumentFormat.PDF)).isEqualTo("document.pdf");
        assertThat(Documents.filename(".pdf", DocumentFormat.PDF)).isEqualTo("document.pdf");
    }
}
