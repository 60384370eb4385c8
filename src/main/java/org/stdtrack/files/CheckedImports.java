package org.stdtrack.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.stdtrack.persistence.Sha256;

/**
 * Files checked on the import page and waiting for their account's confirmation, kept on disk (not in the
 * session, which held them in the heap) by account and SHA-256: at most {@code checked-per-account} per account
 * (a newer check drops the oldest) and none longer than {@code checked-for}. Like the session before, a node's
 * own: the confirmation comes to the node that checked.
 */
@Component
public class CheckedImports {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Path root;
    private final int perAccount;
    private final Duration keptFor;

    CheckedImports(
            @Value("${stdtrack.imports.checked-dir:#{systemProperties['java.io.tmpdir']}/stdtrack-checked-imports}")
                    Path root,
            @Value("${stdtrack.imports.checked-per-account:3}") int perAccount,
            @Value("${stdtrack.imports.checked-for:PT1H}") Duration keptFor) {
        this.root = root;
        this.perAccount = perAccount;
        this.keptFor = keptFor;
    }

    /** Keeps the checked file for the account; returns the token that names it (its SHA-256). */
    public String keep(String username, SpooledFile file) {
        Path account = account(username);
        try {
            Files.createDirectories(account);
            file.moveTo(account.resolve(file.sha256()));
            List<Path> kept = kept(account);
            Instant expired = Instant.now().minus(keptFor);
            for (int i = 0; i < kept.size(); i++) {
                Path older = kept.get(i);
                if (i >= perAccount || modified(older).isBefore(expired)) {
                    Files.deleteIfExists(older);
                }
            }
            return file.sha256();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The account's checked file of that token, if still kept. */
    public Optional<Path> find(String username, String token) {
        if (token == null || !SHA256.matcher(token).matches()) {
            return Optional.empty();
        }
        Path file = account(username).resolve(token);
        return Files.isRegularFile(file)
                        && !modified(file).isBefore(Instant.now().minus(keptFor))
                ? Optional.of(file)
                : Optional.empty();
    }

    public void remove(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The account's directory, named by a digest of the account so that no name reaches the file system. */
    private Path account(String username) {
        return root.resolve(Sha256.of(username.getBytes(StandardCharsets.UTF_8)));
    }

    /** The account's files, newest first. */
    private static List<Path> kept(Path account) throws IOException {
        try (Stream<Path> files = Files.list(account)) {
            return files.sorted(Comparator.comparing(CheckedImports::modified).reversed())
                    .toList();
        }
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException gone) {
            return Instant.EPOCH;
        }
    }
}
