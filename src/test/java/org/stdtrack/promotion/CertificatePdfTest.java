package org.stdtrack.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The certificate page, read back with PDFBox's own text extraction, as a reader's PDF tool reads it. */
class CertificatePdfTest {

    private final CertificatePdf pdfs = new CertificatePdf(messages(), "https://stdtrack.example.cn/");

    @Test
    void printsTheHolderInFullInBothLanguagesWithTheNumberToVerify() throws IOException {
        CertificatePdf.Content content = content("张三丰", "云计算标准宣贯培训", standards(2), new BigDecimal("6.50"));

        try (PDDocument pdf = Loader.loadPDF(pdfs.render(content))) {
            assertThat(pdf.getNumberOfPages()).isOne();
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains("培训证书", "Certificate of Training")
                    .contains("兹证明北京云科技有限公司的张三丰参加了“云计算标准宣贯培训”（培训，6.5学时）。")
                    .contains("This certifies that 张三丰 of 北京云科技有限公司")
                    .contains("GB/T 40001—2026", "云计算 标准1", "Cloud computing standard 1", "GB/T 40002—2026")
                    .contains("中国通信标准化协会 / China Communications Standards Association", "2026-12-07")
                    .contains("2026-7KQ2M9XH4A", "Q7X3K9M2")
                    .contains("https://stdtrack.example.cn/api/certificates/2026-7KQ2M9XH4A");
            PDFont font = pdf.getPage(0)
                    .getResources()
                    .getFont(pdf.getPage(0)
                            .getResources()
                            .getFontNames()
                            .iterator()
                            .next());
            assertThat(font.isEmbedded()).as("the font travels with the file").isTrue();
            assertThat(font.getName()).as("as a subset of the glyphs printed").matches("[A-Z]{6}\\+.*");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Certificate of Training 2026-7KQ2M9XH4A");
        }
    }

    @Test
    void aLongTitleManyStandardsAndCharactersTheFontLacksStillMakeOnePage() throws IOException {
        String longTitle = "云计算服务能力评估".repeat(34);
        CertificatePdf.Content content = content("王🙂芳", longTitle, standards(8), new BigDecimal("500"));

        try (PDDocument pdf = Loader.loadPDF(pdfs.render(content))) {
            assertThat(pdf.getNumberOfPages()).isOne();
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("王?芳").doesNotContain("🙂");
            assertThat(text).contains("…").doesNotContain(longTitle);
            assertThat(text)
                    .contains("GB/T 40005—2026")
                    .doesNotContain("GB/T 40006—2026")
                    .contains("等另外3项 / and 3 more");
        }
    }

    private static CertificatePdf.Content content(
            String holder, String event, List<PromotionEvents.NamedStandard> standards, BigDecimal hours) {
        return new CertificatePdf.Content(
                "2026-7KQ2M9XH4A",
                "Q7X3K9M2",
                holder,
                "北京云科技有限公司",
                event,
                PromotionEvent.Kind.TRAINING,
                standards,
                hours,
                new PromotionEvents.Issuer("CCSA", "China Communications Standards Association", "中国通信标准化协会"),
                LocalDate.of(2026, 12, 7));
    }

    private static List<PromotionEvents.NamedStandard> standards(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> new PromotionEvents.NamedStandard(
                        "GB/T 4000" + i + "—2026", "Cloud computing standard " + i, "云计算 标准" + i))
                .toList();
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
