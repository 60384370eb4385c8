package org.stdtrack.translation;

import static org.stdtrack.persistence.Timestamps.instant;
import static org.stdtrack.persistence.Timestamps.toDb;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stdtrack.audit.AuditAction;
import org.stdtrack.audit.AuditTrail;
import org.stdtrack.document.Document;
import org.stdtrack.document.DocumentKind;
import org.stdtrack.document.Documents;
import org.stdtrack.identity.AppUser;
import org.stdtrack.identity.Role;
import org.stdtrack.policy.ProgrammeClock;
import org.stdtrack.problem.ApiException;
import org.stdtrack.standard.Stage;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardAccess;

/**
 * A standard's foreign-language versions: started by its committee's secretariat, one per language, and
 * submitted with the version uploaded as a {@code FOREIGN_LANGUAGE_VERSION} document since the start. One
 * started while the standard is developed runs alongside it and is due within
 * {@code translation-after-publication} of its publication; one started later is due within
 * {@code translation-limit} of its start.
 */
@Service
public class Translations {

    /** DUE: its date to come (or, alongside, the standard not yet published); LATE: past it; SUBMITTED. */
    public enum Status {
        DUE,
        LATE,
        SUBMITTED
    }

    /**
     * @param alongside started while the standard was developed
     * @param dueAt null while one running alongside waits for the standard's publication
     */
    public record Translation(
            String language,
            boolean alongside,
            Instant startedAt,
            String startedBy,
            Instant dueAt,
            Instant submittedAt,
            String submittedBy,
            Status status) {}

    /** An ISO 639-1 language code other than Chinese, the standard's own language. */
    public record NewTranslation(
            @NotNull @Pattern(regexp = "[a-z]{2}") String language) {}

    private final JdbcClient jdbc;
    private final StandardAccess access;
    private final Documents documents;
    private final AuditTrail audit;
    private final ProgrammeClock clock;
    private final TranslationPolicy policy;

    Translations(
            JdbcClient jdbc,
            StandardAccess access,
            Documents documents,
            AuditTrail audit,
            ProgrammeClock clock,
            TranslationPolicy policy) {
        this.jdbc = jdbc;
        this.access = access;
        this.documents = documents;
        this.audit = audit;
        this.clock = clock;
        this.policy = policy;
    }

    /** Whether the user starts and submits the standard's foreign-language versions: its secretariat. */
    public boolean mayManage(AppUser user, Standard standard) {
        return user.has(Role.SECRETARIAT, standard.committee()) && isOpenTo(standard);
    }

    private static boolean isOpenTo(Standard standard) {
        return standard.stage() != Stage.CANCELLED && standard.stage() != Stage.WITHDRAWN;
    }

    public List<Translation> of(AppUser user, long standardId) {
        return of(access.find(user, standardId));
    }

    public List<Translation> of(Standard standard) {
        return jdbc.sql("select * from translation where standard_id = ? order by language")
                .param(standard.id())
                .query((rs, n) -> {
                    Instant started = instant(rs, "started_at");
                    Instant submitted = instant(rs, "submitted_at");
                    boolean alongside = rs.getBoolean("alongside");
                    Instant due = dueAt(standard, alongside, started);
                    return new Translation(
                            rs.getString("language"),
                            alongside,
                            started,
                            rs.getString("started_by"),
                            due,
                            submitted,
                            rs.getString("submitted_by"),
                            submitted != null
                                    ? Status.SUBMITTED
                                    : due != null && clock.now().isAfter(due) ? Status.LATE : Status.DUE);
                })
                .list();
    }

    private Instant dueAt(Standard standard, boolean alongside, Instant started) {
        if (!alongside) {
            return clock.after(started, policy.translationLimit());
        }
        return standard.publicationDate() == null
                ? null
                : clock.after(clock.startOf(standard.publicationDate()), policy.translationAfterPublication());
    }

    @Transactional
    public Translation start(AppUser user, long standardId, NewTranslation body) {
        Standard standard = managed(user, standardId);
        String language = body.language();
        if (language.equals(Locale.CHINESE.getLanguage())) {
            throw ApiException.invalid("language", "Chinese is the standard's own language, not a foreign one.");
        }
        if (find(standard, language) != null) {
            throw ApiException.conflict(
                    "Standard " + standardId + " has its " + language + " version under way already.");
        }
        jdbc.sql("""
                insert into translation (standard_id, language, started_at, started_by, alongside)
                values (?, ?, ?, ?, ?)""")
                .params(
                        standardId,
                        language,
                        toDb(clock.now()),
                        user.username(),
                        !standard.stage().isPublished())
                .update();
        audit.done(user.username(), standardId, AuditAction.START_TRANSLATION, language, null);
        return find(standard, language);
    }

    /** Submitted once the version is uploaded after the start (409 naming the document otherwise). */
    @Transactional
    public Translation submit(AppUser user, long standardId, String language) {
        Standard standard = managed(user, standardId);
        Translation translation = find(standard, language);
        if (translation == null) {
            throw ApiException.notFound("Standard " + standardId + " has no " + language + " version.");
        }
        if (translation.submittedAt() != null) {
            throw ApiException.conflict("The " + language + " version of standard " + standardId + " was submitted at "
                    + translation.submittedAt() + ".");
        }
        boolean uploaded = documents
                .newest(standardId, DocumentKind.FOREIGN_LANGUAGE_VERSION)
                .map(Document::uploadedAt)
                .filter(at -> !at.isBefore(translation.startedAt()))
                .isPresent();
        if (!uploaded) {
            throw ApiException.conflict("The " + language + " version of standard " + standardId + " needs "
                    + DocumentKind.FOREIGN_LANGUAGE_VERSION + " uploaded since its start: upload it first.");
        }
        jdbc.sql("update translation set submitted_at = ?, submitted_by = ? where standard_id = ? and language = ?")
                .params(toDb(clock.now()), user.username(), standardId, language)
                .update();
        audit.done(user.username(), standardId, AuditAction.SUBMIT_TRANSLATION, language, null);
        return find(standard, language);
    }

    private Standard managed(AppUser user, long standardId) {
        Standard standard = access.findLocked(user, standardId);
        if (!user.has(Role.SECRETARIAT, standard.committee())) {
            throw ApiException.forbidden(
                    "The secretariat of " + standard.committee() + " runs its standards' foreign-language versions.");
        }
        if (!isOpenTo(standard)) {
            throw ApiException.conflict(
                    "Standard " + standardId + " is " + standard.stage() + ": it gets no foreign-language version.");
        }
        return standard;
    }

    private Translation find(Standard standard, String language) {
        return of(standard).stream()
                .filter(t -> t.language().equals(language))
                .findFirst()
                .orElse(null);
    }
}
