package org.stdtrack.document;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
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

    private static final String OFFICE_DOCUMENT =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";

    /** Where Word ("Macros") and Excel ("_VBA_PROJECT_CUR") keep a binary file's macros. */
    private static final List<String> MACRO_STORAGES = List.of("Macros", "_VBA_PROJECT_CUR", "VBA");

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
            if (MACRO_STORAGES.stream().anyMatch(root::hasEntry)) {
                return Optional.empty();
            }
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
                if (zip.stream()
                        .anyMatch(e ->
                                e.getName().startsWith("Basic/") || e.getName().startsWith("Scripts/"))) {
                    return Optional.empty(); // ODF macros
                }
                String declared = read(zip, odfType, 200).trim();
                return declared.equals(DocumentFormat.ODT.mediaType())
                        ? Optional.of(DocumentFormat.ODT)
                        : declared.equals(DocumentFormat.ODS.mediaType())
                                ? Optional.of(DocumentFormat.ODS)
                                : Optional.empty();
            }
            return officeOpenXml(zip);
        } catch (IOException | XMLStreamException | RuntimeException notAPackage) {
            return Optional.empty();
        }
    }

    /**
     * An Office Open XML package by its own declarations: the main part the package relationship names,
     * whose declared content type says Word or Excel. Every part has a declared type (a class file or a
     * program slipped in has none), and none is a VBA project or macro-enabled.
     */
    private static Optional<DocumentFormat> officeOpenXml(ZipFile zip) throws IOException, XMLStreamException {
        ZipEntry contentTypes = zip.getEntry("[Content_Types].xml");
        ZipEntry relationships = zip.getEntry("_rels/.rels");
        if (contentTypes == null || relationships == null) {
            return Optional.empty();
        }
        Map<String, String> defaults = new HashMap<>();
        Map<String, String> overrides = new HashMap<>();
        for (Map<String, String> element : elements(zip, contentTypes)) {
            if (element.containsKey("Extension")) {
                defaults.put(element.get("Extension").toLowerCase(Locale.ROOT), element.get("ContentType"));
            } else if (element.containsKey("PartName")) {
                overrides.put(element.get("PartName"), element.get("ContentType"));
            }
        }
        String mainPart = null;
        for (Map<String, String> element : elements(zip, relationships)) {
            if (OFFICE_DOCUMENT.equals(element.get("Type"))) {
                String target = element.get("Target");
                mainPart = target == null ? null : target.startsWith("/") ? target : "/" + target;
            }
        }
        if (mainPart == null || zip.getEntry(mainPart.substring(1)) == null) {
            return Optional.empty();
        }
        for (ZipEntry entry : Collections.list(zip.entries())) {
            if (entry.isDirectory() || entry.getName().equals("[Content_Types].xml")) {
                continue;
            }
            String type = typeOf("/" + entry.getName(), defaults, overrides);
            if (type == null
                    || isMacro(type)
                    || entry.getName().toLowerCase(Locale.ROOT).endsWith("vbaproject.bin")) {
                return Optional.empty();
            }
        }
        String main = typeOf(mainPart, defaults, overrides);
        return OOXML_WORD.equals(main)
                ? Optional.of(DocumentFormat.DOCX)
                : OOXML_EXCEL.equals(main) ? Optional.of(DocumentFormat.XLSX) : Optional.empty();
    }

    private static String typeOf(String partName, Map<String, String> defaults, Map<String, String> overrides) {
        String declared = overrides.get(partName);
        if (declared != null) {
            return declared;
        }
        int dot = partName.lastIndexOf('.');
        return dot < 0 ? null : defaults.get(partName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static boolean isMacro(String contentType) {
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.contains("macroenabled") || type.contains("vbaproject") || type.contains("vbadata");
    }

    /** The attributes of each element of a small XML part (a declaration; at most 1 MB of it is read). */
    private static List<Map<String, String>> elements(ZipFile zip, ZipEntry entry)
            throws IOException, XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<Map<String, String>> elements = new ArrayList<>();
        try (InputStream in = zip.getInputStream(entry)) {
            XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(in.readNBytes(1 << 20)));
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                    Map<String, String> attributes = new HashMap<>();
                    for (int i = 0; i < reader.getAttributeCount(); i++) {
                        attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                    }
                    elements.add(attributes);
                }
            }
        }
        return elements;
    }

    /** The entry's start as text: a type declaration is small, and a larger one is not what it says. */
    private static String read(ZipFile zip, ZipEntry entry, int limit) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readNBytes(limit), StandardCharsets.UTF_8);
        }
    }
}
