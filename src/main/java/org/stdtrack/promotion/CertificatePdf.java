package org.stdtrack.promotion;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A training certificate as one A4 landscape page in Chinese and English: who, of which enterprise, attended
 * which event on which standards for how many hours, who issued it and when, and the number and code that
 * verify it. Drawn with an embedded subset of WenQuanYi Micro Hei (Apache-2.0, {@code fonts/NOTICE.txt}), so
 * Chinese names print on any machine and copy out of the PDF as text; a character the font lacks prints as
 * {@code ?}. Every line is cut to the page, so no title, however long, makes a second page.
 */
@Component
class CertificatePdf {

    static final String FONT = "/fonts/wqy-microhei-subset.ttf";
    private static final Locale ZH = Locale.forLanguageTag("zh");
    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 64;
    private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
    /** The standards listed by name; more are counted. */
    static final int MAX_STANDARDS_LISTED = 5;

    private final MessageSource messages;
    private final String publicUrl;
    private volatile byte[] font;

    CertificatePdf(MessageSource messages, @Value("${stdtrack.public-url:http://localhost:8080}") String publicUrl) {
        this.messages = messages;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** What a certificate says, the holder's name in full: it is printed for the holder's own enterprise. */
    record Content(
            String number,
            String verificationCode,
            String holder,
            String enterprise,
            String event,
            PromotionEvent.Kind kind,
            List<PromotionEvents.NamedStandard> standards,
            BigDecimal hours,
            PromotionEvents.Issuer issuer,
            LocalDate issuedOn) {}

    byte[] render(Content c) {
        try (PDDocument document = new PDDocument();
                TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(fontBytes()))) {
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            document.getDocumentInformation().setTitle(text("certificate.title", Locale.ENGLISH) + " " + c.number());
            try (PDPageContentStream canvas = new PDPageContentStream(document, page)) {
                Pen pen = new Pen(canvas, PDType0Font.load(document, ttf, true), ttf.getUnicodeCmapLookup());
                draw(pen, c);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void draw(Pen pen, Content c) throws IOException {
        pen.frame();
        pen.y = PAGE.getHeight() - MARGIN - 20;
        pen.centred(text("certificate.title", ZH), 30);
        pen.centred(text("certificate.title", Locale.ENGLISH), 15);
        pen.y -= 18;
        String hours = c.hours().stripTrailingZeros().toPlainString();
        for (Locale locale : List.of(ZH, Locale.ENGLISH)) {
            String kind = text("promotionKind." + c.kind(), locale);
            pen.paragraph(
                    text("certificate.statement", locale, c.holder(), c.enterprise(), c.event(), kind, hours),
                    locale == ZH ? 14 : 12,
                    3);
            pen.y -= 6;
        }
        pen.line(text("certificate.standards", ZH) + " / " + text("certificate.standards", Locale.ENGLISH), 11);
        for (PromotionEvents.NamedStandard s : c.standards()
                .subList(0, Math.min(MAX_STANDARDS_LISTED, c.standards().size()))) {
            pen.line("    " + s.number() + "  " + s.titleZh() + " / " + s.title(), 10);
        }
        if (c.standards().size() > MAX_STANDARDS_LISTED) {
            int more = c.standards().size() - MAX_STANDARDS_LISTED;
            pen.line(
                    "    " + text("certificate.more", ZH, more) + " / "
                            + text("certificate.more", Locale.ENGLISH, more),
                    10);
        }
        pen.y = MARGIN + 82;
        pen.line(
                labelled(
                        "certificate.issuedBy",
                        c.issuer().nameZh() + " / " + c.issuer().nameEn()),
                11);
        pen.line(labelled("certificate.issuedOn", c.issuedOn().toString()), 11);
        pen.line(labelled("certificate.number", c.number()), 11);
        pen.line(labelled("certificate.verificationCode", c.verificationCode()), 11);
        pen.line(labelled("certificate.verifyAt", publicUrl + "/api/certificates/" + c.number()), 11);
    }

    private String labelled(String key, String value) {
        return text(key, ZH) + " " + text(key, Locale.ENGLISH) + ": " + value;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private byte[] fontBytes() throws IOException {
        if (font == null) {
            try (InputStream in = CertificatePdf.class.getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IOException("The certificate font " + FONT + " is not on the class path.");
                }
                font = in.readAllBytes();
            }
        }
        return font;
    }

    /** Writes lines downwards from {@link #y}, each cut to the page's width. */
    private static final class Pen {
        private final PDPageContentStream canvas;
        private final PDType0Font font;
        private final CmapLookup glyphs;
        float y;

        Pen(PDPageContentStream canvas, PDType0Font font, CmapLookup glyphs) {
            this.canvas = canvas;
            this.font = font;
            this.glyphs = glyphs;
        }

        void frame() throws IOException {
            canvas.setLineWidth(2);
            canvas.addRect(28, 28, PAGE.getWidth() - 56, PAGE.getHeight() - 56);
            canvas.stroke();
            canvas.setLineWidth(0.5f);
            canvas.addRect(34, 34, PAGE.getWidth() - 68, PAGE.getHeight() - 68);
            canvas.stroke();
        }

        void centred(String text, float size) throws IOException {
            String shown = fit(printable(text), size, WIDTH);
            show(shown, (PAGE.getWidth() - width(shown, size)) / 2, size);
        }

        void line(String text, float size) throws IOException {
            show(fit(printable(text), size, WIDTH), MARGIN, size);
        }

        /** The text over at most {@code maxLines} lines, broken between words or between Chinese characters. */
        void paragraph(String text, float size, int maxLines) throws IOException {
            for (String line : wrap(printable(text), size, maxLines)) {
                show(line, MARGIN, size);
            }
        }

        private void show(String text, float x, float size) throws IOException {
            y -= size * 1.5f;
            canvas.beginText();
            canvas.setFont(font, size);
            canvas.newLineAtOffset(x, y);
            canvas.showText(text);
            canvas.endText();
        }

        private List<String> wrap(String text, float size, int maxLines) throws IOException {
            List<String> lines = new ArrayList<>();
            int start = 0;
            while (start < text.length() && lines.size() < maxLines) {
                int end = start;
                int lastSpace = -1;
                while (end < text.length() && width(text.substring(start, end + 1), size) <= WIDTH) {
                    if (text.charAt(end) == ' ') {
                        lastSpace = end;
                    }
                    end++;
                }
                if (end < text.length() && lastSpace > start && !Character.isIdeographic(text.charAt(end))) {
                    end = lastSpace + 1;
                }
                lines.add(text.substring(start, end).strip());
                start = end;
            }
            if (start < text.length()) {
                int last = lines.size() - 1;
                lines.set(last, fit(lines.get(last) + text.substring(start), size, WIDTH));
            }
            return lines;
        }

        /** The text, or as much of it as fits followed by an ellipsis. */
        private String fit(String text, float size, float width) throws IOException {
            if (width(text, size) <= width) {
                return text;
            }
            int end = text.length();
            while (end > 0 && width(text.substring(0, end) + "…", size) > width) {
                end--;
            }
            return text.substring(0, end) + "…";
        }

        private float width(String text, float size) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        /** Control characters as spaces, characters the font lacks as '?'; the result is in the font's plane. */
        private String printable(String text) {
            StringBuilder shown = new StringBuilder(text.length());
            text.codePoints()
                    .forEach(cp -> shown.appendCodePoint(
                            Character.isISOControl(cp) ? ' ' : glyphs.getGlyphId(cp) > 0 ? cp : '?'));
            return shown.toString();
        }
    }
}
