package org.stdtrack.document;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import org.stdtrack.audit.AuditAction;
import org.stdtrack.audit.AuditTrail;
import org.stdtrack.identity.AppUser;
import org.stdtrack.identity.Role;
import org.stdtrack.persistence.Sha256;
import org.stdtrack.problem.ApiException;
import org.stdtrack.standard.Stage;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardAccess;

/**
 * A standard's documents: who may upload and read which kind, each upload its kind's next version,
 * recognised by its bytes and streamed through a temporary file into the database.
 */
@Service
public class Documents {

    private final DocumentRepository repository;
    private final StandardAccess access;
    private final FormatRecognition formats;
    private final AuditTrail audit;
    private final Clock clock;
    private final long maxBytes;

    Documents(
            DocumentRepository repository,
            StandardAccess access,
            FormatRecognition formats,
            AuditTrail audit,
            Clock clock,
            @Value("${stdtrack.documents.max-size:50MB}") DataSize maxSize) {
        this.repository = repository;
        this.access = access;
        this.formats = formats;
        this.audit = audit;
        this.clock = clock;
        this.maxBytes = maxSize.toBytes();
    }

    /** A file as it arrives: its name as the uploader's system gave it, its length if known (else -1). */
    public record Upload(String filename, long size, InputStream content) {}

    /**
     * Stores the file as the next version of its kind. Refused before a byte is stored: 404 for a standard
     * the user may not see, 403 for a kind they may not upload, 409 once the standard is withdrawn or
     * cancelled, 413 beyond the size limit, 415 for anything but the accepted formats.
     */
    @Transactional
    public Document upload(AppUser user, long standardId, DocumentKind kind, Upload upload) {
        Standard standard = access.findLocked(user, standardId);
        if (!mayUpload(user, standard, kind)) {
            throw ApiException.forbidden(
                            kind == DocumentKind.PUBLISHED_TEXT
                                    ? "The published text is uploaded by the approving body of standard "
                                            + standard.id() + "."
                                    : "Documents of standard " + standard.id()
                                            + " are uploaded by the secretariat and the drafting group of "
                                            + standard.committee() + ".")
                    .withText(
                            kind == DocumentKind.PUBLISHED_TEXT
                                    ? "problem.document.publishedTextBy"
                                    : "problem.document.uploadedBy",
                            standard.committee());
        }
        if (!kind.isOfStandards()) {
            throw ApiException.invalid("kind", "A standard has no documents of the kind " + kind + ".")
                    .withText("problem.document.notOfStandards", kind);
        }
        if (standard.stage().isClosed()) {
            throw ApiException.conflict("Standard " + standard.id() + " is " + standard.stage()
                            + "; its documents can be read but no longer added.")
                    .withText("problem.document.closed", standard.stage());
        }
        return store(user, standard.id(), null, standard.stage(), kind, upload);
    }

    /**
     * Stores a file about a subject other than a standard (a pilot's evidence letter, subject {@code pilot:12})
     * as the next version of its kind, recognised, limited and kept as a standard's documents are; the room that
     * owns the subject has decided that the user may. 413 beyond the size limit, 415 for an unaccepted format.
     */
    @Transactional
    public Document uploadAbout(AppUser user, String subject, DocumentKind kind, Upload upload) {
        return store(user, null, subject, null, kind, upload);
    }

    /** Every document about the subject, newest first within each kind; the owning room decides who reads them. */
    public List<Document> about(String subject) {
        return repository.about(subject);
    }

    /** One document about the subject; 404 for another subject's or none. */
    public Document findAbout(String subject, long documentId) {
        return repository
                .findAbout(subject, documentId)
                .orElseThrow(() -> ApiException.notFound(subject + " has no document with id " + documentId + ".")
                        .withText("problem.document.none"));
    }

    private Document store(
            AppUser user, Long standardId, String subject, Stage stage, DocumentKind kind, Upload upload) {
        if (upload.size() > maxBytes) {
            throw tooLarge();
        }
        Path spooled;
        try {
            spooled = Files.createTempFile("stdtrack-upload-", ".bin");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Spooled file = spool(upload.content(), spooled);
            DocumentFormat format = formats.recognise(spooled).orElseThrow(() -> notAccepted(spooled));
            Instant now = clock.instant();
            long id;
            try (InputStream in = Files.newInputStream(spooled)) {
                id = repository.insert(
                        new DocumentRepository.NewDocument(
                                standardId,
                                subject,
                                kind,
                                filename(upload.filename(), format),
                                file.size(),
                                file.sha256(),
                                file.crc32(),
                                format,
                                user.username(),
                                now,
                                stage),
                        in);
            }
            Document stored = standardId != null
                    ? repository.find(standardId, id).orElseThrow()
                    : repository.findAbout(subject, id).orElseThrow();
            audit.done(
                    user.username(),
                    standardId,
                    AuditAction.UPLOAD_DOCUMENT,
                    String.valueOf(id),
                    (subject == null ? "" : subject + " ") + kind + " v" + stored.version() + " " + stored.filename()
                            + " sha256=" + stored.sha256());
            return stored;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(spooled);
        }
    }

    /** Every version the user may read, newest first within each kind. */
    public List<Document> list(AppUser user, long standardId) {
        Standard standard = access.find(user, standardId);
        return repository.of(standard.id()).stream()
                .filter(d -> mayRead(user, standard, d.kind()))
                .toList();
    }

    /** The document if the user may read it; 404 otherwise, as if it did not exist. */
    public Document find(AppUser user, long standardId, long documentId) {
        Standard standard = access.find(user, standardId);
        return repository
                .find(standard.id(), documentId)
                .filter(d -> mayRead(user, standard, d.kind()))
                .orElseThrow(() -> ApiException.notFound(
                                "Standard " + standardId + " has no document with id " + documentId + ".")
                        .withText("problem.document.none"));
    }

    /** Sends a document (found with one of the finders) for download: its headers, the ETag its SHA-256, its bytes. */
    public void send(Document document, HttpServletResponse response) throws IOException {
        Downloads.start(response, document.contentType(), document.size(), document.filename());
        response.setHeader(HttpHeaders.ETAG, "\"" + document.sha256() + "\"");
        copy(document, response.getOutputStream());
    }

    /** Writes a document's bytes (found with {@link #find}) as they were uploaded. */
    public void copy(Document document, OutputStream out) throws IOException {
        repository.copy(document.id(), out);
    }

    /** The newest version of each kind asked for, in the order asked, where there is one. */
    public List<Document> newest(long standardId, List<DocumentKind> kinds) {
        List<Document> all = repository.of(standardId);
        List<Document> newest = new ArrayList<>();
        for (DocumentKind kind : kinds) {
            all.stream().filter(d -> d.kind() == kind).findFirst().ifPresent(newest::add);
        }
        return newest;
    }

    public Optional<Document> newest(long standardId, DocumentKind kind) {
        return newest(standardId, List.of(kind)).stream().findFirst();
    }

    /** Documents by their ids, in that order; for a package recorded at submission. */
    public List<Document> byIds(long standardId, List<Long> ids) {
        return ids.stream()
                .map(id -> repository.find(standardId, id).orElseThrow())
                .toList();
    }

    /** The kinds the user may add to the standard now: none once it is withdrawn or cancelled. */
    public List<DocumentKind> uploadableKinds(AppUser user, Standard standard) {
        return standard.stage().isClosed()
                ? List.of()
                : Arrays.stream(DocumentKind.values())
                        .filter(kind -> kind.isOfStandards() && mayUpload(user, standard, kind))
                        .toList();
    }

    public boolean mayUpload(AppUser user, Standard standard, DocumentKind kind) {
        if (user.isAdmin()) {
            return true;
        }
        if (kind == DocumentKind.PUBLISHED_TEXT) {
            return StandardAccess.isApprovingBody(user, standard);
        }
        return user.has(Role.SECRETARIAT, standard.committee()) || user.has(Role.DRAFTING_GROUP, standard.committee());
    }

    /** Working material to those who read it; the published text to whoever may see the standard. */
    public boolean mayRead(AppUser user, Standard standard, DocumentKind kind) {
        return !kind.isWorkingMaterial() || access.readsWorkingMaterial(user, standard);
    }

    public long maxBytes() {
        return maxBytes;
    }

    private record Spooled(long size, String sha256, long crc32) {}

    /** Copies the upload to a file, counting, hashing and summing it on the way; 413 past the limit. */
    private Spooled spool(InputStream content, Path file) throws IOException {
        MessageDigest sha256 = Sha256.digest();
        CRC32 crc = new CRC32();
        long size = 0;
        try (InputStream in = new CheckedInputStream(new DigestInputStream(content, sha256), crc);
                OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = in.read(buffer)) > 0) {
                size += read;
                if (size > maxBytes) {
                    throw tooLarge();
                }
                out.write(buffer, 0, read);
            }
        }
        if (size == 0) {
            throw ApiException.badRequest("file", "The file is empty.").withText("problem.document.empty");
        }
        return new Spooled(size, Sha256.hex(sha256), crc.getValue());
    }

    private ApiException tooLarge() {
        return ApiException.tooLarge("A document may be at most "
                        + DataSize.ofBytes(maxBytes).toMegabytes() + " MB (stdtrack.documents.max-size).")
                .withText(
                        "problem.document.tooLarge", DataSize.ofBytes(maxBytes).toMegabytes());
    }

    private ApiException notAccepted(Path file) {
        String looksLike;
        try {
            looksLike = formats.container(file).toString();
        } catch (IOException e) {
            looksLike = "unknown";
        }
        return ApiException.unsupportedMediaType("The file's content is not an accepted document format (it reads as "
                        + looksLike + "); accepted, recognised by content: " + DocumentFormat.names(false) + ".")
                .withText("problem.document.format", DocumentFormat.names(false));
    }

    /**
     * The name as stored and offered on download: without the uploader's folders or control characters,
     * at most 255 characters, and named after its format when nothing is left.
     */
    /**
     * The name a document is stored and served under: the given name's last segment, without control
     * characters, ending with the recognised format's extension (a macro-enabled {@code .docm} recognised as
     * nothing is refused; a {@code report.pdf.exe} that is a PDF is served as {@code report.pdf}).
     */
    static String filename(String given, DocumentFormat format) {
        String extension = "." + format.name().toLowerCase(Locale.ROOT);
        String name = given == null ? "" : given.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("\\p{Cntrl}", "")
                .strip();
        if (!name.toLowerCase(Locale.ROOT).endsWith(extension)) {
            int dot = name.lastIndexOf('.');
            name = dot > 0 ? name.substring(0, dot) : name;
            if (!name.toLowerCase(Locale.ROOT).endsWith(extension)) {
                name = name + extension;
            }
        }
        if (name.length() <= extension.length() || name.startsWith(".")) {
            name = "document" + extension;
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file the operating system clears in time
        }
    }
}
