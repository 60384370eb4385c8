package org.stdtrack.dossier;

import static org.stdtrack.persistence.Timestamps.instant;
import static org.stdtrack.persistence.Timestamps.toDb;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stdtrack.audit.AuditAction;
import org.stdtrack.audit.AuditTrail;
import org.stdtrack.consultation.ResolutionTables;
import org.stdtrack.document.Document;
import org.stdtrack.document.DocumentKind;
import org.stdtrack.document.Documents;
import org.stdtrack.identity.AppUser;
import org.stdtrack.identity.EngineGroups;
import org.stdtrack.patent.PatentDisclosures;
import org.stdtrack.persistence.Sha256;
import org.stdtrack.policy.ProgrammeClock;
import org.stdtrack.problem.ApiException;
import org.stdtrack.programme.ReferenceData;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardAccess;

/**
 * The submission for approval (报批材料) as one ZIP: the newest version of each required document, the
 * comment resolution table and {@code manifest.json}. The archive is reproducible: entries stored as they are
 * (no compression whose output could differ between runtimes), in a fixed order, stamped with the newest
 * document's upload time. At submission its SHA-256 is recorded with the versions it held and the resolution
 * table as generated then, so the same bytes can be served, and proven, long after.
 */
@Service
public class SubmissionPackage {

    /** What a submission for approval must hold besides the generated resolution table. */
    public static final List<DocumentKind> REQUIRED =
            List.of(DocumentKind.DRAFT_FOR_APPROVAL, DocumentKind.DRAFTING_EXPLANATION, DocumentKind.REVIEW_MINUTES);

    static final String RESOLUTION_TABLE = "RESOLUTION_TABLE";
    static final String PATENT_DISCLOSURES = "PATENT_DISCLOSURES";

    private final Documents documents;
    private final ResolutionTables resolutionTables;
    private final StandardAccess access;
    private final ProgrammeClock clock;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ReferenceData referenceData;
    private final PatentDisclosures patents;
    private final ObjectMapper manifestJson = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    SubmissionPackage(
            Documents documents,
            ResolutionTables resolutionTables,
            StandardAccess access,
            ProgrammeClock clock,
            JdbcClient jdbc,
            AuditTrail audit,
            ReferenceData referenceData,
            PatentDisclosures patents) {
        this.patents = patents;
        this.audit = audit;
        this.referenceData = referenceData;
        this.documents = documents;
        this.resolutionTables = resolutionTables;
        this.access = access;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    public record Submission(
            long id, Instant submittedAt, String submittedBy, String packageSha256, List<Long> documentIds) {}

    /** One file of the package as its manifest lists it. */
    public record ManifestEntry(
            String file,
            String kind,
            Integer version,
            String filename,
            String sha256,
            String uploadedBy,
            String uploadedAt) {}

    /**
     * The documents, the resolution table and the list of patent disclosures a package is made of (no list in a
     * package submitted before packages carried one, so that it is served byte for byte as it was).
     */
    private record Contents(List<Document> documents, byte[] resolutionTable, byte[] patents) {}

    /**
     * Records the submission of the package as it stands now: in the transaction that completes the
     * submission task. 409 naming what is missing.
     */
    @Transactional
    public Submission recordSubmission(Standard standard, String actor) {
        Contents contents = current(standard);
        String sha256 = write(contents, OutputStream.nullOutputStream());
        List<Long> ids = contents.documents().stream().map(Document::id).toList();
        Instant now = clock.now();
        jdbc.sql("""
                insert into approval_submission (standard_id, submitted_at, submitted_by, document_ids,
                    resolution_table, patent_disclosures, package_sha256)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        standard.id(),
                        toDb(now),
                        actor,
                        ids.stream().map(String::valueOf).collect(Collectors.joining(",")),
                        contents.resolutionTable(),
                        contents.patents(),
                        sha256)
                .update();
        Submission submission = submissions(standard.id()).get(0);
        audit.done(
                actor,
                standard.id(),
                AuditAction.SUBMIT_PACKAGE,
                String.valueOf(submission.id()),
                "documents " + ids + " sha256=" + sha256);
        return submission;
    }

    /** The standard's submissions, newest first. */
    public List<Submission> submissions(long standardId) {
        return jdbc.sql("select * from approval_submission where standard_id = ? order by id desc")
                .param(standardId)
                .query((rs, n) -> new Submission(
                        rs.getLong("id"),
                        instant(rs, "submitted_at"),
                        rs.getString("submitted_by"),
                        rs.getString("package_sha256"),
                        Arrays.stream(rs.getString("document_ids").split(","))
                                .map(Long::valueOf)
                                .toList()))
                .list();
    }

    /**
     * The package is for the committee, its competent department (which reviews the submission before the
     * approver), the approving body and administrators.
     */
    public boolean mayRead(AppUser user, Standard standard) {
        return user.isAdmin()
                || user.isMemberOf(standard.committee())
                || StandardAccess.isApprovingBody(user, standard)
                || referenceData
                        .committee(standard.committee())
                        .map(c -> EngineGroups.actsFor(user, c.competentDepartment()))
                        .orElse(false);
    }

    /** The standard whose package the user asks for; 403 unless {@link #mayRead}, 404 if they may not see it. */
    public Standard forPackage(AppUser user, long standardId) {
        Standard standard = access.find(user, standardId);
        if (!mayRead(user, standard)) {
            throw ApiException.forbidden("The submission package of standard " + standardId + " is for "
                            + standard.committee() + ", its competent department and its approving body.")
                    .withText("problem.package.readers", standard.committee());
        }
        return standard;
    }

    /** The latest submission, if the standard was ever submitted for approval. */
    public Optional<Submission> latest(Standard standard) {
        return submissions(standard.id()).stream().findFirst();
    }

    /**
     * The package to send: the latest submitted one, if any, else the package as it would be submitted now
     * (409 here, before anything is written, naming what it lacks).
     */
    public Prepared prepare(Standard standard) {
        Optional<Submission> latest = latest(standard);
        return new Prepared(
                latest.isPresent() ? recorded(standard, latest.get()) : current(standard),
                latest.map(Submission::packageSha256));
    }

    /** A package ready to be written; its SHA-256 is known beforehand when it was submitted. */
    public final class Prepared {
        private final Contents contents;
        private final Optional<String> recordedSha256;

        private Prepared(Contents contents, Optional<String> recordedSha256) {
            this.contents = contents;
            this.recordedSha256 = recordedSha256;
        }

        public Optional<String> recordedSha256() {
            return recordedSha256;
        }

        /** Writes the ZIP and returns its SHA-256. */
        public String writeTo(OutputStream out) {
            return write(contents, out);
        }
    }

    private Contents current(Standard standard) {
        List<Document> newest = documents.newest(standard.id(), REQUIRED);
        List<DocumentKind> missing = REQUIRED.stream()
                .filter(kind -> newest.stream().noneMatch(d -> d.kind() == kind))
                .toList();
        if (!missing.isEmpty()) {
            throw ApiException.conflict("The submission package of standard " + standard.id() + " lacks "
                            + missing.stream().map(Enum::name).collect(Collectors.joining(", ")) + "; upload "
                            + (missing.size() == 1 ? "it" : "them") + " first.")
                    .withText("problem.documentsMissing", missing);
        }
        Instant stamp = newest.stream()
                .map(Document::uploadedAt)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        byte[] table = resolutionTables.write(
                resolutionTables.of(standard), ResolutionTables.Format.XLSX, Locale.CHINESE, Optional.of(stamp));
        return new Contents(newest, table, patents.packageList(standard.id()));
    }

    private Contents recorded(Standard standard, Submission submission) {
        var stored = jdbc.sql("select resolution_table, patent_disclosures from approval_submission where id = ?")
                .param(submission.id())
                .query((rs, n) -> new byte[][] {rs.getBytes(1), rs.getBytes(2)})
                .single();
        return new Contents(documents.byIds(standard.id(), submission.documentIds()), stored[0], stored[1]);
    }

    private String write(Contents contents, OutputStream out) {
        MessageDigest sha256 = Sha256.digest();
        Instant stamp = contents.documents().stream()
                .map(Document::uploadedAt)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        LocalDateTime time = LocalDateTime.ofInstant(stamp, clock.zone());
        List<ManifestEntry> manifest = new ArrayList<>();
        try (ZipOutputStream zip = new ZipOutputStream(new DigestOutputStream(out, sha256))) {
            int n = 1;
            for (Document d : contents.documents()) {
                String file = String.format(
                        Locale.ROOT,
                        "%02d-%s-v%d.%s",
                        n++,
                        d.kind(),
                        d.version(),
                        d.format().name().toLowerCase(Locale.ROOT));
                zip.putNextEntry(stored(file, d.size(), d.crc32(), time));
                documents.copy(d, zip);
                zip.closeEntry();
                manifest.add(new ManifestEntry(
                        file,
                        d.kind().name(),
                        d.version(),
                        d.filename(),
                        d.sha256(),
                        d.uploadedBy(),
                        d.uploadedAt().toString()));
            }
            String tableFile = String.format(Locale.ROOT, "%02d-%s.xlsx", n, RESOLUTION_TABLE);
            put(zip, tableFile, contents.resolutionTable(), time);
            manifest.add(new ManifestEntry(
                    tableFile,
                    RESOLUTION_TABLE,
                    null,
                    tableFile,
                    Sha256.of(contents.resolutionTable()),
                    null,
                    stamp.toString()));
            if (contents.patents() != null) {
                String patentFile = String.format(Locale.ROOT, "%02d-%s.csv", n + 1, PATENT_DISCLOSURES);
                put(zip, patentFile, contents.patents(), time);
                manifest.add(new ManifestEntry(
                        patentFile,
                        PATENT_DISCLOSURES,
                        null,
                        patentFile,
                        Sha256.of(contents.patents()),
                        null,
                        stamp.toString()));
            }
            put(zip, "manifest.json", manifestJson.writeValueAsBytes(manifest), time);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Sha256.hex(sha256);
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes, LocalDateTime time) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        zip.putNextEntry(stored(name, bytes.length, crc.getValue(), time));
        zip.write(bytes);
        zip.closeEntry();
    }

    private static ZipEntry stored(String name, long size, long crc, LocalDateTime time) {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(size);
        entry.setCompressedSize(size);
        entry.setCrc(crc);
        entry.setTimeLocal(time);
        return entry;
    }
}
