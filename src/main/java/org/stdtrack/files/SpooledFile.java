package org.stdtrack.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import org.stdtrack.persistence.Sha256;
import org.stdtrack.problem.ApiException;

/**
 * A file sent by a user, copied to a temporary file as it arrives and never held in memory: readers open it
 * as often as they need (a workbook's parts lazily, a CSV twice to tell its encoding). Deleted when closed.
 */
public final class SpooledFile implements AutoCloseable {

    private final Path path;
    private final String sha256;
    private final long size;

    private SpooledFile(Path path, String sha256, long size) {
        this.path = path;
        this.sha256 = sha256;
        this.size = size;
    }

    /** The stream's bytes, up to {@code maxBytes} (413 beyond, naming {@code what}). */
    public static SpooledFile of(InputStream in, long maxBytes, String what) {
        Path path = null;
        try {
            path = Files.createTempFile("stdtrack-upload-", ".tmp");
            MessageDigest digest = Sha256.digest();
            long size = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(path), digest)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    size += n;
                    if (size > maxBytes) {
                        throw ApiException.tooLarge(what + " is at most " + maxBytes + " bytes.");
                    }
                    out.write(buffer, 0, n);
                }
            }
            SpooledFile spooled = new SpooledFile(path, Sha256.hex(digest), size);
            path = null;
            return spooled;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(path);
        }
    }

    public Path path() {
        return path;
    }

    public String sha256() {
        return sha256;
    }

    public long size() {
        return size;
    }

    public InputStream open() throws IOException {
        return Files.newInputStream(path);
    }

    /** Moves the file to {@code target} (replacing it), which the caller then owns. */
    public void moveTo(Path target) {
        try {
            Files.move(path, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        deleteQuietly(path);
    }

    private static void deleteQuietly(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // a temporary file; the operating system's cleaning takes what is left
            }
        }
    }
}
