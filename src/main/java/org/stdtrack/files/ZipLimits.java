package org.stdtrack.files;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.stdtrack.problem.ApiException;

/**
 * What a ZIP container (XLSX, DOCX, ODT) may hold before any part of it is read: a few hundred parts (an
 * office file has tens; a file of padding parts would make the package's index fill the heap), no ZIP64, and
 * no part inflating beyond {@link #MAX_PART_BYTES}: POI's reader checks that as it inflates, and
 * {@link #bounded} does for parts read directly. Past a limit the file is refused (422), not read.
 */
public final class ZipLimits {

    /** Parts an office file may have. */
    public static final int MAX_PARTS = 1_000;

    /** The largest inflated part: a sheet of 50,000 rows or a draft of hundreds of pages is far below it. */
    public static final long MAX_PART_BYTES = 32L << 20;

    private static final int END_OF_DIRECTORY = 0x06054b50;
    private static final int END_RECORD_LENGTH = 22;

    static {
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
    }

    private ZipLimits() {}

    /** 422 naming {@code what} unless the file is a ZIP container within the limits. */
    public static void check(Path file, String what) {
        int parts;
        try (RandomAccessFile zip = new RandomAccessFile(file.toFile(), "r")) {
            parts = parts(zip);
        } catch (IOException e) {
            parts = -1;
        }
        if (parts < 0) {
            throw ApiException.invalid("file", what + " is not a readable ZIP container.");
        }
        if (parts > MAX_PARTS) {
            throw ApiException.invalid(
                    "file", what + " holds " + parts + " parts; an office file has at most " + MAX_PARTS + ".");
        }
    }

    /**
     * The number of entries the end-of-central-directory record declares, read from the file's tail (the
     * record ends the file, after a comment of at most 65,535 bytes); -1 when there is none, or for ZIP64.
     */
    private static int parts(RandomAccessFile zip) throws IOException {
        long length = zip.length();
        long earliest = Math.max(0, length - END_RECORD_LENGTH - 0xFFFF);
        byte[] tail = new byte[(int) (length - earliest)];
        zip.seek(earliest);
        zip.readFully(tail);
        for (int at = tail.length - END_RECORD_LENGTH; at >= 0; at--) {
            if (littleEndianInt(tail, at) == END_OF_DIRECTORY) {
                int total = (tail[at + 10] & 0xFF) | (tail[at + 11] & 0xFF) << 8;
                return total == 0xFFFF ? -1 : total;
            }
        }
        return -1;
    }

    private static int littleEndianInt(byte[] bytes, int at) {
        return (bytes[at] & 0xFF)
                | (bytes[at + 1] & 0xFF) << 8
                | (bytes[at + 2] & 0xFF) << 16
                | (bytes[at + 3] & 0xFF) << 24;
    }

    /** A part's inflated stream that refuses (413) to give more than {@link #MAX_PART_BYTES}. */
    public static InputStream bounded(InputStream part, String what) {
        return new FilterInputStream(part) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                count(Math.max(n, 0));
                return n;
            }

            private void count(int n) {
                read += n;
                if (read > MAX_PART_BYTES) {
                    throw ApiException.tooLarge(
                            what + " inflates beyond " + (MAX_PART_BYTES >> 20) + " MB; it cannot be read here.");
                }
            }
        };
    }
}
