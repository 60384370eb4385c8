package org.stdtrack.document;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.springframework.stereotype.Component;
import org.stdtrack.files.ZipLimits;

/**
 * Tells a document's format from its bytes alone: Tika's magic numbers name the container (PDF, an OLE2
 * compound file, a ZIP), and the container's own parts say what it holds (a Word or Excel stream; the
 * OOXML main part; the ODF {@code mimetype} entry). The file name and the declared type are never asked,
 * so a program renamed {@code .pdf} stays a program. Macro-enabled and encrypted files are not among the
 * accepted formats.
 */
@Component
class FormatRecognition {

    private static final String OOXML_WORD =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final String OOXML_EXCEL =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    private final MimeTypes magic = MimeTypes.getDefaultMimeTypes();

    /** What the file is, if it is one of the accepted formats. */
    Optional<DocumentFormat> recognise(Path file) throws IOException {
        MediaType container = container(file);
        String type = container.getBaseType().toString();
        if (type.equals("application/pdf")) {
            return Optional.of(DocumentFormat.PDF);
        }
        if (type.equals("application/x-tika-msoffice")
                || type.equals("application/msword")
                || type.equals("application/vnd.ms-excel")) {
            return compoundFile(file);
        }
        if (type.equals("application/zip")
                || type.equals("application/x-tika-ooxml")
                || type.startsWith("application/vnd.oasis.opendocument.")
                || type.startsWith("application/vnd.openxmlformats-officedocument.")) {
            return zipPackage(file);
        }
        return Optional.empty();
    }

    /** The type Tika's magic numbers give the bytes, to name what a refused file looks like. */
    MediaType container(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return magic.detect(in, new Metadata());
        }
    }

    private static Optional<DocumentFormat> compoundFile(Path file) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryEntry root = fs.getRoot();
            if (root.hasEntry("WordDocument")) {
                return Optional.of(DocumentFormat.DOC);
            }
            if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
                return Optional.of(DocumentFormat.XLS);
            }
            return Optional.empty();
        } catch (IOException | RuntimeException notACompoundFile) {
            return Optional.empty();
        }
    }

    private static Optional<DocumentFormat> zipPackage(Path file) {
        ZipLimits.check(file, "The file");
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry odfType = zip.getEntry("mimetype");
            if (odfType != null) {
                String declared = read(zip, odfType, 200).trim();
                return declared.equals(DocumentFormat.ODT.mediaType())
                        ? Optional.of(DocumentFormat.ODT)
                        : declared.equals(DocumentFormat.ODS.mediaType())
                                ? Optional.of(DocumentFormat.ODS)
                                : Optional.empty();
            }
            ZipEntry contentTypes = zip.getEntry("[Content_Types].xml");
            if (contentTypes != null) {
                String declared = read(zip, contentTypes, 1 << 20);
                return declared.contains("\"" + OOXML_WORD + "\"")
                        ? Optional.of(DocumentFormat.DOCX)
                        : declared.contains("\"" + OOXML_EXCEL + "\"")
                                ? Optional.of(DocumentFormat.XLSX)
                                : Optional.empty();
            }
            return Optional.empty();
        } catch (IOException | RuntimeException notAZip) {
            return Optional.empty();
        }
    }

    /** The entry's start as text: a type declaration is small, and a larger one is not what it says. */
    private static String read(ZipFile zip, ZipEntry entry, int limit) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readNBytes(limit), StandardCharsets.UTF_8);
        }
    }
}
