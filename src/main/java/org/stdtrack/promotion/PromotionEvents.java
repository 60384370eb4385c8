package org.stdtrack.promotion;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stdtrack.audit.AuditAction;
import org.stdtrack.audit.AuditTrail;
import org.stdtrack.identity.AppUser;
import org.stdtrack.identity.Role;
import org.stdtrack.policy.ProgrammeClock;
import org.stdtrack.problem.ApiException;
import org.stdtrack.programme.CreditCode;
import org.stdtrack.programme.Organisation;
import org.stdtrack.programme.ReferenceData;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardRepository;

/**
 * Events that promote a programme's published standards, their registrations, attendance, exam scores and
 * certificates. Associations and committee secretariats organise their own organisation's events; the
 * programme's managers and administrators every event. An enterprise registers its own people.
 */
@Service
public class PromotionEvents {

    /** The longest event (an online course runs for weeks, not years). */
    static final Duration MAX_LENGTH = Duration.ofDays(366);

    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PromotionRepository repository;
    private final ReferenceData referenceData;
    private final StandardRepository standards;
    private final ProgrammeClock clock;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    PromotionEvents(
            PromotionRepository repository,
            ReferenceData referenceData,
            StandardRepository standards,
            ProgrammeClock clock,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.events = events;
        this.repository = repository;
        this.referenceData = referenceData;
        this.standards = standards;
        this.clock = clock;
        this.audit = audit;
    }

    public record EventRequest(
            @NotBlank @Size(max = 32) String programme,
            @NotBlank @Size(max = 32) String organiser,
            @NotBlank @Size(max = 300) String title,
            @NotNull PromotionEvent.Kind kind,
            @NotEmpty @Size(max = 50) List<@NotNull Long> standards,
            @NotNull OffsetDateTime startsAt,
            @NotNull OffsetDateTime endsAt,
            @Size(max = 300) String place,
            @Size(max = 500) String link,
            @NotNull @Min(1) @Max(5000) Integer capacity,
            @NotNull @DecimalMin("1") @DecimalMax("500") BigDecimal hours,
            @NotNull PromotionEvent.CertificatePolicy certificatePolicy,
            @Min(0) @Max(100) Integer passMark,
            Boolean walkIns) {}

    public record RegistrationRequest(
            @NotBlank @Size(max = 100) String name,
            @Size(max = 200) String contact,
            @NotBlank @Size(max = 200) String enterprise,
            @NotBlank @Size(max = 18) String creditCode,
            @Size(max = 100) String role) {}

    public record AttendanceRequest(
            @NotNull @Size(max = 10_000) List<@NotNull Long> present) {}

    public record ExamResult(
            @NotNull Long registrationId,
            @NotNull @Min(0) @Max(100) Integer score) {}

    public record ExamResults(@NotEmpty @Size(max = 10_000) List<@Valid @NotNull ExamResult> results) {}

    public record Revocation(@NotBlank @Size(max = 500) String reason) {}

    public record EventPage(long total, int page, int size, List<PromotionEvent> items) {}

    /** A certificate as its organiser sees it. */
    public record IssuedCertificate(
            String number, String holder, String enterprise, String verificationCode, boolean revoked) {}

    public record Issued(int issued, List<IssuedCertificate> certificates) {}

    /** A standard as a public certificate names it. */
    public record NamedStandard(String number, String title, String titleZh) {}

    public record Issuer(String code, String nameEn, String nameZh) {}

    /**
     * A certificate as anyone may verify it, signed in or not: the holder's name masked, the event, its
     * standards and hours, who issued it and when, and whether it was revoked.
     */
    public record PublicCertificate(
            String number,
            String holder,
            String enterprise,
            String event,
            PromotionEvent.Kind kind,
            List<NamedStandard> standards,
            BigDecimal hours,
            Issuer issuedBy,
            LocalDate issuedOn,
            boolean revoked,
            Instant revokedAt) {}

    // ---- events ----

    public EventPage events(String programme, String organiser, int page, int size) {
        referenceData.requireProgramme(programme);
        return new EventPage(
                repository.count(programme, organiser),
                page,
                size,
                repository.events(programme, organiser, page * size, size));
    }

    public PromotionEvent event(long id) {
        return repository
                .event(id)
                .orElseThrow(() -> ApiException.notFound("There is no promotion event " + id + ".")
                        .withText("problem.promotion.noEvent", id));
    }

    @Transactional
    public PromotionEvent create(AppUser user, EventRequest request) {
        referenceData.requireProgramme(request.programme());
        requireOrganiser(user, request.programme(), request.organiser());
        PromotionEvent checked = checked(0, request, user.username(), clock.now());
        long id = repository.insertEvent(checked);
        audit.done(user.username(), null, AuditAction.CREATE_PROMOTION_EVENT, String.valueOf(id), checked.title());
        events.publishEvent(new PromotionEventPublished(id, checked.title(), checked.startsAt(), checked.standards()));
        return event(id);
    }

    @Transactional
    public PromotionEvent update(AppUser user, long id, EventRequest request) {
        repository.lock(id);
        PromotionEvent before = event(id);
        requireOrganiser(user, before.programme(), before.organiser());
        if (!before.programme().equals(request.programme())) {
            throw ApiException.invalid("programme", "An event stays in its programme.")
                    .withText("problem.promotion.programmeFixed");
        }
        requireOrganiser(user, request.programme(), request.organiser());
        PromotionEvent checked = checked(id, request, before.createdBy(), before.createdAt());
        if (checked.capacity() < repository.countRegistrations(id)) {
            throw ApiException.conflict("More people are registered than the new capacity.")
                    .withText("problem.promotion.capacityBelowRegistered");
        }
        repository.updateEvent(checked, clock.now(), user.username());
        audit.done(user.username(), null, AuditAction.UPDATE_PROMOTION_EVENT, String.valueOf(id), checked.title());
        return event(id);
    }

    /** Whether the user organises events of this organisation in this programme. */
    static boolean organises(AppUser user, String programme, String organiser) {
        return user.isAdmin()
                || user.managesProgramme(programme)
                || ((user.has(Role.ASSOCIATION) || user.has(Role.SECRETARIAT))
                        && organiser.equals(user.organisation()));
    }

    private static void requireOrganiser(AppUser user, String programme, String organiser) {
        if (!organises(user, programme, organiser)) {
            throw ApiException.forbidden("Associations and committee secretariats organise their own organisation's"
                            + " events; the programme's managers and administrators every event.")
                    .withText("problem.promotion.notOrganiser");
        }
    }

    private PromotionEvent checked(long id, EventRequest r, String createdBy, Instant createdAt) {
        if (referenceData.organisation(r.organiser()).isEmpty()) {
            throw ApiException.invalid("organiser", "No organisation with code '" + r.organiser() + "'.")
                    .withText("problem.promotion.noOrganisation", r.organiser());
        }
        if (!r.endsAt().isAfter(r.startsAt())) {
            throw ApiException.invalid("endsAt", "An event ends after it starts.")
                    .withText("problem.promotion.endsBeforeStart");
        }
        if (Duration.between(r.startsAt(), r.endsAt()).compareTo(MAX_LENGTH) > 0) {
            throw ApiException.invalid("endsAt", "An event lasts at most a year.")
                    .withText("problem.promotion.tooLong");
        }
        if (blank(r.place()) && blank(r.link())) {
            throw ApiException.invalid("place", "Say where the event takes place: a place or a link.")
                    .withText("problem.promotion.noPlace");
        }
        if (r.certificatePolicy() == PromotionEvent.CertificatePolicy.EXAM && r.passMark() == null) {
            throw ApiException.invalid("passMark", "An event with an exam needs its pass mark.")
                    .withText("problem.promotion.passMarkRequired");
        }
        if (r.hours().scale() > 1) {
            throw ApiException.invalid("hours", "Hours are counted to the tenth.")
                    .withText("problem.promotion.hoursTenths");
        }
        Set<Long> ids = new LinkedHashSet<>(r.standards());
        Map<Long, Standard> found = standards.find(ids);
        for (Long standardId : ids) {
            Standard s = found.get(standardId);
            if (s == null || !s.programme().equals(r.programme())) {
                throw ApiException.invalid("standards", "Standard " + standardId + " is not in " + r.programme() + ".")
                        .withText("problem.promotion.standardNotInProgramme", standardId, r.programme());
            }
            if (!s.stage().isPublished() || s.stage().isClosed()) {
                throw ApiException.conflict("Standard " + standardId + " is not published: only published standards"
                                + " are promoted.")
                        .withText("problem.promotion.standardNotPublished", standardId);
            }
        }
        return new PromotionEvent(
                id,
                r.programme(),
                r.organiser(),
                r.title().strip(),
                r.kind(),
                List.copyOf(ids),
                r.startsAt().toInstant(),
                r.endsAt().toInstant(),
                blank(r.place()) ? null : r.place().strip(),
                blank(r.link()) ? null : r.link().strip(),
                r.capacity(),
                r.hours(),
                r.certificatePolicy(),
                r.certificatePolicy() == PromotionEvent.CertificatePolicy.EXAM ? r.passMark() : null,
                Boolean.TRUE.equals(r.walkIns()),
                createdAt,
                createdBy);
    }

    /**
     * Events not yet ended that promote one of these standards or a standard of one of these committees, soonest
     * first (at most {@code limit}): what a calendar of those who follow them shows.
     */
    public List<PromotionEvent> upcomingFor(Set<Long> standardIds, Set<String> committees, int limit) {
        return repository.upcomingFor(standardIds, committees, clock.now(), limit);
    }

    /** The newest events that promote the standard (at most {@code limit}): what its news feed announces. */
    public List<PromotionEvent> promoting(long standardId, int limit) {
        return repository.promoting(standardId, limit);
    }

    // ---- registrations ----

    /**
     * Registers a person: the organiser anyone, an enterprise its own people (its credit code) until the event
     * has ended. The same person twice, or past the capacity, is 409.
     */
    @Transactional
    public Registration register(AppUser user, long eventId, RegistrationRequest request) {
        repository.lock(eventId);
        PromotionEvent event = event(eventId);
        String code = request.creditCode().strip().toUpperCase(Locale.ROOT);
        String codeProblem = CreditCode.problem(code);
        if (codeProblem != null) {
            throw ApiException.invalid("creditCode", codeProblem).withText("problem.creditCode");
        }
        boolean organiser = organises(user, event.programme(), event.organiser());
        if (!organiser) {
            if (!code.equals(creditCodeOf(user))) {
                throw ApiException.forbidden("An enterprise registers its own people; the organiser registers anyone.")
                        .withText("problem.promotion.notYourPeople");
            }
            if (!clock.now().isBefore(event.endsAt())) {
                throw ApiException.conflict("The event is over: its organiser records who came.")
                        .withText("problem.promotion.eventOver");
            }
        }
        if (repository.countRegistrations(eventId) >= event.capacity()) {
            throw ApiException.conflict("The event is full (" + event.capacity() + " places).")
                    .withText("problem.promotion.full", event.capacity());
        }
        Registration registration = new Registration(
                0,
                eventId,
                request.name().strip(),
                blank(request.contact()) ? null : request.contact().strip(),
                request.enterprise().strip(),
                code,
                blank(request.role()) ? null : request.role().strip(),
                false,
                null,
                null,
                false,
                clock.now(),
                user.username());
        long id;
        try {
            id = repository.insertRegistration(eventId, registration);
        } catch (DuplicateKeyException twice) {
            throw ApiException.conflict(registration.name() + " of " + code + " is registered already.")
                    .withText("problem.promotion.registeredAlready", registration.name());
        }
        audit.done(
                user.username(), null, AuditAction.REGISTER_FOR_EVENT, String.valueOf(eventId), "registration " + id);
        return registrationOf(eventId, id);
    }

    /** The organiser sees every registration, an enterprise its own people's; anyone else none (403). */
    public List<Registration> registrations(AppUser user, long eventId) {
        PromotionEvent event = event(eventId);
        if (organises(user, event.programme(), event.organiser())) {
            return repository.registrations(eventId, null);
        }
        String own = creditCodeOf(user);
        if (own == null) {
            throw ApiException.forbidden("The list of participants is for the organiser and their own enterprise.")
                    .withText("problem.promotion.notYourList");
        }
        return repository.registrations(eventId, own);
    }

    // ---- attendance, exams, certificates ----

    /** Who was there, once the event has begun: present for the listed registrations, absent for the rest. */
    @Transactional
    public List<Registration> attendance(AppUser user, long eventId, AttendanceRequest request) {
        PromotionEvent event = organised(user, eventId);
        requireStarted(event);
        Set<Long> known = ids(repository.registrations(eventId, null));
        for (Long id : request.present()) {
            if (!known.contains(id)) {
                throw ApiException.invalid("present", "Registration " + id + " is not of this event.")
                        .withText("problem.promotion.notRegistered", id);
            }
        }
        repository.attendance(eventId, new HashSet<>(request.present()));
        audit.done(
                user.username(),
                null,
                AuditAction.RECORD_EVENT_ATTENDANCE,
                String.valueOf(eventId),
                request.present().size() + " present");
        return repository.registrations(eventId, null);
    }

    @Transactional
    public List<Registration> examResults(AppUser user, long eventId, ExamResults request) {
        PromotionEvent event = organised(user, eventId);
        if (event.certificatePolicy() != PromotionEvent.CertificatePolicy.EXAM) {
            throw ApiException.conflict("The event has no exam.").withText("problem.promotion.noExam");
        }
        requireStarted(event);
        Set<Long> known = ids(repository.registrations(eventId, null));
        Set<Long> seen = new HashSet<>();
        for (ExamResult result : request.results()) {
            if (!known.contains(result.registrationId())) {
                throw ApiException.invalid(
                                "results", "Registration " + result.registrationId() + " is not of this event.")
                        .withText("problem.promotion.notRegistered", result.registrationId());
            }
            if (!seen.add(result.registrationId())) {
                throw ApiException.invalid("results", "Registration " + result.registrationId() + " is named twice.")
                        .withText("problem.promotion.scoredTwice", result.registrationId());
            }
        }
        request.results().forEach(r -> repository.score(r.registrationId(), r.score()));
        audit.done(
                user.username(),
                null,
                AuditAction.RECORD_EXAM_RESULTS,
                String.valueOf(eventId),
                request.results().size() + " score(s)");
        return repository.registrations(eventId, null);
    }

    /**
     * Issues a certificate to every participant who earned one and has none yet, once the event has ended;
     * answers how many were issued now and every certificate of the event.
     */
    @Transactional
    public Issued issueCertificates(AppUser user, long eventId) {
        PromotionEvent event = organised(user, eventId);
        if (event.certificatePolicy() == PromotionEvent.CertificatePolicy.NONE) {
            throw ApiException.conflict("The event gives no certificates.")
                    .withText("problem.promotion.noCertificates");
        }
        if (clock.now().isBefore(event.endsAt())) {
            throw ApiException.conflict("Certificates are issued once the event has ended.")
                    .withText("problem.promotion.notEnded");
        }
        Set<Long> holding = repository.certificatesOf(eventId).stream()
                .map(TrainingCertificate::registrationId)
                .collect(Collectors.toSet());
        int issued = 0;
        for (Registration r : repository.registrations(eventId, null)) {
            if (event.earns(r) && !holding.contains(r.id())) {
                repository.insertCertificate(newNumber(), eventId, r.id(), random(8), clock.today(), user.username());
                issued++;
            }
        }
        audit.done(user.username(), null, AuditAction.ISSUE_CERTIFICATES, String.valueOf(eventId), issued + " issued");
        return new Issued(
                issued,
                repository.certificatesOf(eventId).stream()
                        .map(PromotionEvents::issued)
                        .toList());
    }

    @Transactional
    public PublicCertificate revoke(AppUser user, String number, Revocation revocation) {
        TrainingCertificate certificate = certificateOrNotFound(number);
        organised(user, certificate.eventId());
        repository.revoke(
                number, clock.now(), user.username(), revocation.reason().strip());
        audit.done(user.username(), null, AuditAction.REVOKE_CERTIFICATE, number, revocation.reason());
        return verify(number);
    }

    /** A certificate as anyone may verify it; 404 for a number never issued. */
    public PublicCertificate verify(String number) {
        TrainingCertificate c = certificateOrNotFound(number);
        PromotionEvent event = event(c.eventId());
        return new PublicCertificate(
                c.number(),
                Names.mask(c.holder()),
                c.enterprise(),
                event.title(),
                event.kind(),
                publishedStandards(event),
                event.hours(),
                issuer(event),
                c.issuedOn(),
                c.revoked(),
                c.revokedAt());
    }

    /**
     * An event's certificates: every one to its organiser, the holder's name in full; to an enterprise those of
     * its own people; anyone else none (403).
     */
    public List<IssuedCertificate> certificates(AppUser user, long eventId) {
        PromotionEvent event = event(eventId);
        boolean organiser = organises(user, event.programme(), event.organiser());
        String own = organiser ? null : creditCodeOf(user);
        if (!organiser && own == null) {
            throw ApiException.forbidden("An event's certificates are for its organiser and the holders' enterprises.")
                    .withText("problem.promotion.notYourList");
        }
        return repository.certificatesOf(eventId).stream()
                .filter(c -> organiser || c.creditCode().equals(own))
                .map(PromotionEvents::issued)
                .toList();
    }

    /**
     * What the certificate PDF prints, the holder's name in full: for the event's organiser and the holder's own
     * enterprise (403 for anyone else), never for a revoked certificate (409).
     */
    CertificatePdf.Content printable(AppUser user, String number) {
        TrainingCertificate c = certificateOrNotFound(number);
        PromotionEvent event = event(c.eventId());
        boolean holdersEnterprise = c.creditCode().equals(creditCodeOf(user));
        if (!holdersEnterprise && !organises(user, event.programme(), event.organiser())) {
            throw ApiException.forbidden("A certificate is printed for its organiser and the holder's own enterprise.")
                    .withText("problem.promotion.notYourCertificate");
        }
        if (c.revoked()) {
            throw ApiException.conflict("The certificate was revoked; it is no longer printed.")
                    .withText("problem.promotion.revokedNotPrinted");
        }
        return new CertificatePdf.Content(
                c.number(),
                c.verificationCode(),
                c.holder(),
                c.enterprise(),
                event.title(),
                event.kind(),
                publishedStandards(event),
                event.hours(),
                issuer(event),
                c.issuedOn());
    }

    private List<NamedStandard> publishedStandards(PromotionEvent event) {
        Map<Long, Standard> promoted = standards.find(event.standards());
        return event.standards().stream()
                .map(promoted::get)
                .filter(s -> s != null && s.stage().isPublished())
                .map(s -> new NamedStandard(s.designation(), s.title(), s.titleZh()))
                .toList();
    }

    private Issuer issuer(PromotionEvent event) {
        Organisation issuer = referenceData.organisation(event.organiser()).orElseThrow();
        return new Issuer(issuer.code(), issuer.nameEn(), issuer.nameZh());
    }

    private static IssuedCertificate issued(TrainingCertificate c) {
        return new IssuedCertificate(c.number(), c.holder(), c.enterprise(), c.verificationCode(), c.revoked());
    }

    private TrainingCertificate certificateOrNotFound(String number) {
        return (number.length() > 32 ? Optional.<TrainingCertificate>empty() : repository.certificate(number))
                .orElseThrow(() -> ApiException.notFound("No certificate has the number " + number + ".")
                        .withText("problem.promotion.noCertificate"));
    }

    // ---- helpers ----

    /** The event, locked, for its organiser (403 for anyone else). */
    PromotionEvent organised(AppUser user, long eventId) {
        repository.lock(eventId);
        PromotionEvent event = event(eventId);
        requireOrganiser(user, event.programme(), event.organiser());
        return event;
    }

    private void requireStarted(PromotionEvent event) {
        if (clock.now().isBefore(event.startsAt())) {
            throw ApiException.conflict("The event has not begun.").withText("problem.promotion.notStarted");
        }
    }

    private Registration registrationOf(long eventId, long id) {
        return repository.registrations(eventId, null).stream()
                .filter(r -> r.id() == id)
                .findFirst()
                .orElseThrow();
    }

    private String creditCodeOf(AppUser user) {
        return EnterpriseAccounts.creditCodeOf(user, referenceData);
    }

    private static Set<Long> ids(List<Registration> registrations) {
        return registrations.stream().map(Registration::id).collect(Collectors.toSet());
    }

    /** A number no one can guess from another: the year and ten random characters ({@code 2026-7KQ2M9XH4A}). */
    private String newNumber() {
        String number;
        do {
            number = clock.today().getYear() + "-" + random(10);
        } while (repository.certificate(number).isPresent());
        return number;
    }

    private static String random(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
