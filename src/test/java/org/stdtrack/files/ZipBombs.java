package org.stdtrack.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Office files made hostile: one part padded so that it inflates far beyond what any real file holds. */
public final class ZipBombs {

    /** More than {@link ZipLimits#MAX_PART_BYTES}: a few hundred kilobytes compressed. */
    public static final long PADDING = ZipLimits.MAX_PART_BYTES + (8L << 20);

    private ZipBombs() {}

    /**
     * A copy of {@code file} whose part {@code name} keeps its start and, before its last closing tag, gains
     * {@link #PADDING} bytes of white space (which XML parsers read through as text).
     */
    public static Path withPaddedPart(Path file, Path target, String name) throws IOException {
        try (ZipFile in = new ZipFile(file.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry entry : Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] content = in.getInputStream(entry).readAllBytes();
                if (entry.getName().equals(name)) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int end = xml.lastIndexOf("</");
                    out.write(xml.substring(0, end).getBytes(StandardCharsets.UTF_8));
                    pad(out);
                    out.write(xml.substring(end).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(content);
                }
                out.closeEntry();
            }
        }
        return target;
    }

    private static void pad(OutputStream out) throws IOException {
        byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
        for (long written = 0; written < PADDING; written += spaces.length) {
            out.write(spaces);
        }
    }
}
