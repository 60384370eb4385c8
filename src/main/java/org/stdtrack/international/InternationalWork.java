package org.stdtrack.international;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
import org.stdtrack.lifecycle.Lifecycle;
import org.stdtrack.policy.ProgrammeClock;
import org.stdtrack.problem.ApiException;
import org.stdtrack.problem.OneLine;
import org.stdtrack.problem.ReadOnlyFields;
import org.stdtrack.programme.ReferenceData;
import org.stdtrack.standard.InternationalDegree;
import org.stdtrack.standard.Stage;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardAccess;
import org.stdtrack.standard.StandardRepository;
import org.stdtrack.standard.StandardType;
import org.stdtrack.standard.Track;

/**
 * The international committees China takes part in and their projects, kept as a national mirror committee
 * keeps them. Administrators keep the committees; a project is kept by administrators, its programme's managers
 * and the secretariat of its committee's mirror; every signed-in user reads them, a national counterpart in
 * development shown only to those who may see it.
 */
@Service
public class InternationalWork {

    private static final String COMMITTEE_CODE = "[A-Za-z0-9][A-Za-z0-9 /._:-]{0,63}";

    public record CommitteeRequest(
            @Size(max = 64) @Pattern(regexp = COMMITTEE_CODE)
            String code,

            @NotNull IntlBody body,
            @Min(1) @Max(999_999_999) Long isoId,
            @NotBlank @OneLine @Size(max = 300) String nameEn,
            @NotBlank @OneLine @Size(max = 300) String nameZh,
            @NotNull Membership chinaMembership,
            @Size(max = 32) String mirrorCommittee,
            @Size(max = 32) String counterpartOrganisation) {}

    public record CounterpartRequest(
            @NotNull Long standardId, @NotNull InternationalDegree degree) {}

    public record ProjectRequest(
            @Size(max = 32) String programme,
            IntlBody body,
            @NotBlank @OneLine @Size(max = 100) String reference,
            @Min(1) @Max(999_999_999) Long isoId,
            @NotBlank @OneLine @Size(max = 500) String title,
            @OneLine @Size(max = 500) String titleZh,
            @NotBlank @Size(max = 64) String ownerCommittee,
            @NotNull DeliverableType deliverableType,
            @Size(max = 16) String stage,
            @NotNull ChinaRole chinaRole,
            Long projectLeader,
            @Size(max = 20) List<@NotNull Long> editors,
            LocalDate targetDate,
            LocalDate limitDate,
            @Size(max = 32) String domain,
            LocalDate publicationDate,
            @OneLine @Size(max = 100) String replacedBy,
            LocalDate stageOn,
            @Size(max = 20) List<@Valid @NotNull CounterpartRequest> nationalCounterparts) {}

    public record StageChange(
            @NotBlank @Size(max = 16) String code, @NotNull LocalDate on) {}

    /** {@code led}: the projects China leads or co-leads, as the report counts them. */
    public record ProjectFilter(
            String programme, String committee, ChinaRole chinaRole, String stage, String domain, boolean led) {}

    /** A counterpart as its reader sees it: a standard in development hidden from those who may not see it. */
    public record CounterpartView(
            Long standardId, String number, String title, Stage stage, InternationalDegree degree) {}

    public record ProjectView(
            long id,
            String programme,
            IntlBody body,
            String reference,
            Long isoId,
            String title,
            String titleZh,
            String ownerCommittee,
            DeliverableType deliverableType,
            String stage,
            String bodyStage,
            ChinaRole chinaRole,
            Long projectLeader,
            List<Long> editors,
            LocalDate targetDate,
            LocalDate limitDate,
            String domain,
            LocalDate publicationDate,
            String replacedBy,
            List<CounterpartView> nationalCounterparts,
            List<IntlProject.StageEntry> stages,
            Instant createdAt,
            String createdBy) {}

    public record ProjectPage(long total, int page, int size, List<ProjectView> items) {}

    /**
     * A national adoption of a published project, registered in one step: the fast track of an identical or
     * modified adoption, by the mirror committee unless another is named, in the project's domain unless another
     * is named.
     */
    public record AdoptionRequest(
            @NotNull InternationalDegree degree,
            StandardType type,
            @Size(max = 32) String committee,
            @Size(max = 32) String domain,
            @Size(max = 32) String leadOrganisation,
            @OneLine @Size(max = 500) String title,
            @OneLine @Size(max = 500) String titleZh) {}

    private final InternationalRepository repository;
    private final ReferenceData referenceData;
    private final StandardRepository standards;
    private final StandardAccess access;
    private final AuditTrail audit;
    private final ProgrammeClock clock;
    private final ApplicationEventPublisher events;
    private final Lifecycle lifecycle;

    InternationalWork(
            InternationalRepository repository,
            ReferenceData referenceData,
            StandardRepository standards,
            StandardAccess access,
            AuditTrail audit,
            ProgrammeClock clock,
            ApplicationEventPublisher events,
            Lifecycle lifecycle) {
        this.events = events;
        this.lifecycle = lifecycle;
        this.repository = repository;
        this.referenceData = referenceData;
        this.standards = standards;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- committees ----

    public List<IntlCommittee> committees() {
        return repository.committees();
    }

    /** A committee by its code or its key ({@code ISO-IEC-JTC-1-SC-38}); 404 for none. */
    public IntlCommittee committee(String codeOrKey) {
        String key = IntlCommittee.keyOf(codeOrKey);
        return repository.committees().stream()
                .filter(c -> c.key().equals(key))
                .findFirst()
                .orElseThrow(() -> ApiException.notFound("There is no international committee " + codeOrKey + ".")
                        .withText("problem.international.noCommittee", codeOrKey));
    }

    @Transactional
    public IntlCommittee createCommittee(AppUser user, CommitteeRequest request) {
        requireAdmin(user);
        if (request.code() == null || request.code().isBlank()) {
            throw ApiException.invalid("code", "code: the committee's code, such as ISO/IEC JTC 1/SC 38.")
                    .withText("problem.international.codeRequired");
        }
        String code = request.code().strip();
        String key = IntlCommittee.keyOf(code);
        repository.committees().stream()
                .filter(c -> c.key().equals(key))
                .findFirst()
                .ifPresent(c -> {
                    throw ApiException.conflict("The international committee " + c.code() + " is recorded already.")
                            .withText("problem.international.committeeTaken", c.code());
                });
        IntlCommittee committee = checked(user, code, request);
        try {
            repository.insert(committee);
        } catch (DuplicateKeyException taken) {
            throw isoIdTaken(request.isoId());
        }
        audit.done(user.username(), null, AuditAction.CREATE_INTL_COMMITTEE, code, null);
        return committee;
    }

    @Transactional
    public IntlCommittee updateCommittee(AppUser user, String codeOrKey, CommitteeRequest request) {
        requireAdmin(user);
        IntlCommittee before = committee(codeOrKey);
        if (request.code() != null && !IntlCommittee.keyOf(request.code()).equals(before.key())) {
            ReadOnlyFields.requireUnchanged("code", request.code(), before.code());
        }
        IntlCommittee committee = checked(user, before.code(), request);
        try {
            repository.update(committee);
        } catch (DuplicateKeyException taken) {
            throw isoIdTaken(request.isoId());
        }
        audit.done(user.username(), null, AuditAction.UPDATE_INTL_COMMITTEE, before.code(), null);
        return committee;
    }

    private IntlCommittee checked(AppUser user, String code, CommitteeRequest r) {
        if (r.mirrorCommittee() != null
                && referenceData.committee(r.mirrorCommittee()).isEmpty()) {
            throw ApiException.invalid("mirrorCommittee", "No committee with code '" + r.mirrorCommittee() + "'.")
                    .withText("problem.international.noMirror", r.mirrorCommittee());
        }
        if (r.counterpartOrganisation() != null && !referenceData.organisationExists(r.counterpartOrganisation())) {
            throw ApiException.invalid(
                            "counterpartOrganisation",
                            "No organisation with code '" + r.counterpartOrganisation() + "'.")
                    .withText("problem.international.noOrganisation", r.counterpartOrganisation());
        }
        return new IntlCommittee(
                code,
                IntlCommittee.keyOf(code),
                r.body(),
                r.isoId(),
                r.nameEn().strip(),
                r.nameZh().strip(),
                r.chinaMembership(),
                r.mirrorCommittee(),
                r.counterpartOrganisation(),
                clock.now(),
                user.username());
    }

    private static ApiException isoIdTaken(Long isoId) {
        return ApiException.conflict("ISO's id " + isoId + " belongs to another record already.")
                .withText("problem.international.isoIdTaken", isoId);
    }

    // ---- projects ----

    public ProjectPage projects(AppUser user, ProjectFilter filter, int page, int size) {
        if (filter.stage() != null && !filter.stage().matches("\\d\\d(\\.\\d\\d)?")) {
            throw ApiException.badRequest("stage", "stage: a harmonized code (40.20) or a stage group (40).")
                    .withText("problem.international.stageFilter");
        }
        List<IntlProject> found = repository.projects(filter, page * size, size);
        return new ProjectPage(repository.count(filter), page, size, views(user, found));
    }

    public ProjectView project(AppUser user, long id) {
        return view(user, requireProject(id));
    }

    @Transactional
    public ProjectView createProject(AppUser user, ProjectRequest request) {
        if (request.programme() == null || request.body() == null || request.stage() == null) {
            String field = request.programme() == null ? "programme" : request.body() == null ? "body" : "stage";
            throw ApiException.invalid(field, field + " is required for a new project.")
                    .withText("problem.international.required", field);
        }
        referenceData.requireProgramme(request.programme());
        IntlCommittee owner = committee(request.ownerCommittee());
        requireKeeper(user, request.programme(), owner);
        HarmonizedStage.Code stage = stage(request.body(), request.stage());
        if (repository
                .projectByReference(request.body(), request.reference().strip())
                .isPresent()) {
            throw ApiException.conflict(
                            "A " + request.body() + " project " + request.reference() + " is recorded already.")
                    .withText("problem.international.projectTaken", request.reference());
        }
        checkDetails(user, request);
        if (request.stageOn() != null && request.stageOn().isAfter(clock.today())) {
            throw ApiException.invalid("stageOn", "'stageOn' (" + request.stageOn() + ") is in the future.")
                    .withText("problem.international.stageInFuture");
        }
        Instant now = clock.now();
        IntlProject project = project(0, request.programme(), request.body(), owner, stage, request, now, user);
        long id;
        try {
            id = repository.insert(project);
        } catch (DuplicateKeyException taken) {
            throw isoIdTaken(request.isoId());
        }
        repository.recordStage(
                id,
                new IntlProject.StageEntry(
                        stage.harmonized(),
                        stage.bodyCode(),
                        request.stageOn() != null ? request.stageOn() : clock.today(),
                        IntlProject.Source.MANUAL,
                        now,
                        user.username()));
        repository.replaceCounterparts(id, counterparts(request));
        repository.replaceStaffing(id, staffing(request));
        audit.done(user.username(), null, AuditAction.CREATE_INTL_PROJECT, request.reference(), "project " + id);
        return project(user, id);
    }

    @Transactional
    public ProjectView updateProject(AppUser user, long id, ProjectRequest request) {
        IntlProject before = requireProject(id);
        requireKeeper(user, before.programme(), committee(before.ownerCommittee()));
        ReadOnlyFields.requireUnchanged("programme", request.programme(), before.programme());
        ReadOnlyFields.requireUnchanged("body", request.body(), before.body());
        if (request.stage() != null
                && !request.stage().equals(before.stage())
                && !request.stage().equals(before.bodyStage())) {
            throw ApiException.invalid(
                            "stage", "'stage' changes with POST …/projects/" + id + "/stage, which keeps its history.")
                    .withText("problem.international.stageByChange");
        }
        IntlCommittee owner = committee(request.ownerCommittee());
        requireKeeper(user, before.programme(), owner);
        checkDetails(user, request);
        repository
                .projectByReference(before.body(), request.reference().strip())
                .filter(other -> other.id() != id)
                .ifPresent(other -> {
                    throw ApiException.conflict(
                                    "A " + before.body() + " project " + request.reference() + " is recorded already.")
                            .withText("problem.international.projectTaken", request.reference());
                });
        IntlProject project = project(
                id,
                before.programme(),
                before.body(),
                owner,
                new HarmonizedStage.Code(before.stage(), before.bodyStage()),
                request,
                before.createdAt(),
                null);
        try {
            repository.update(project);
        } catch (DuplicateKeyException taken) {
            throw isoIdTaken(request.isoId());
        }
        repository.replaceCounterparts(id, counterparts(request));
        repository.replaceStaffing(id, staffing(request));
        audit.done(user.username(), null, AuditAction.UPDATE_INTL_PROJECT, request.reference(), "project " + id);
        return project(user, id);
    }

    /** A stage the project entered on a day: a harmonized code, or the body's own; never before the last one. */
    @Transactional
    public ProjectView recordStage(AppUser user, long id, StageChange change) {
        IntlProject project = requireProject(id);
        requireKeeper(user, project.programme(), committee(project.ownerCommittee()));
        HarmonizedStage.Code stage = stage(project.body(), change.code());
        if (change.on().isAfter(clock.today())) {
            throw ApiException.invalid("on", "'on' (" + change.on() + ") is in the future.")
                    .withText("problem.international.stageInFuture");
        }
        List<IntlProject.StageEntry> stages = repository.stages(id);
        LocalDate last = stages.isEmpty() ? null : stages.get(stages.size() - 1).on();
        if (last != null && change.on().isBefore(last)) {
            throw ApiException.invalid(
                            "on", "The project entered its current stage on " + last + "; 'on' cannot be earlier.")
                    .withText("problem.international.stageBefore", last);
        }
        repository.recordStage(
                id,
                new IntlProject.StageEntry(
                        stage.harmonized(),
                        stage.bodyCode(),
                        change.on(),
                        IntlProject.Source.MANUAL,
                        clock.now(),
                        user.username()));
        announceIfCandidate(project, stage.harmonized());
        audit.done(user.username(), null, AuditAction.CHANGE_INTL_STAGE, project.reference(), stage.harmonized());
        return project(user, id);
    }

    /**
     * Tells the mirror of a project that has just been published (it was not, it is now) and that no national
     * standard adopts.
     */
    void announceIfCandidate(IntlProject before, String stage) {
        if (HarmonizedStage.isPublished(before.stage())
                || !HarmonizedStage.isPublished(stage)
                || isAdopted(before.id())) {
            return;
        }
        String mirror = committee(before.ownerCommittee()).mirrorCommittee();
        if (mirror != null) {
            events.publishEvent(new AdoptionCandidateFound(
                    before.id(), before.reference(), before.title(), before.titleZh(), mirror));
        }
    }

    /**
     * Whether a national standard adopts the project: an identical or modified counterpart that is not withdrawn
     * or cancelled (a revision adopted as NEQ no longer adopts it).
     */
    boolean isAdopted(long projectId) {
        return adopted(List.of(projectId)).contains(projectId);
    }

    /** Which of these projects a national standard adopts, read for all at once. */
    Set<Long> adopted(Collection<Long> projectIds) {
        Map<Long, List<IntlProject.Counterpart>> counterparts = repository.counterparts(projectIds);
        Map<Long, Standard> found = standards.find(counterparts.values().stream()
                .flatMap(List::stream)
                .map(IntlProject.Counterpart::standardId)
                .collect(Collectors.toSet()));
        return counterparts.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(c -> adopts(c, found.get(c.standardId()))))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    /** The rule of adoption, written once: an IDT or MOD counterpart that is neither withdrawn nor cancelled. */
    static boolean adopts(IntlProject.Counterpart counterpart, Standard standard) {
        return counterpart.degree().allowsFastTrack()
                && standard != null
                && standard.stage() != Stage.WITHDRAWN
                && standard.stage() != Stage.CANCELLED;
    }

    /** An international project a standard corresponds to, and how; superseded when ISO replaced it. */
    public record Correspondence(
            long projectId, String reference, String stage, InternationalDegree degree, String replacedBy) {}

    /** The international projects a standard corresponds to (for its page). */
    public List<Correspondence> correspondence(long standardId) {
        return repository.projectsOf(standardId).stream()
                .map(p -> new Correspondence(
                        p.id(),
                        p.reference(),
                        p.stage(),
                        repository.counterparts(p.id()).stream()
                                .filter(c -> c.standardId() == standardId)
                                .map(IntlProject.Counterpart::degree)
                                .findFirst()
                                .orElseThrow(),
                        p.replacedBy()))
                .toList();
    }

    /** The programme's published projects that no national standard adopts: candidates for adoption. */
    public List<ProjectView> adoptionCandidates(AppUser user, String programme) {
        referenceData.requireProgramme(programme);
        List<IntlProject> published = repository.projectsOf(programme).stream()
                .filter(p -> HarmonizedStage.isPublished(p.stage()))
                .toList();
        Set<Long> adopted = adopted(published.stream().map(IntlProject::id).toList());
        return views(
                user, published.stream().filter(p -> !adopted.contains(p.id())).toList());
    }

    /**
     * Starts the national adoption of a published project in one step: the new standard registered on the fast
     * track (the rules of any registration apply: its committee's secretariat registers it), with the project's
     * reference and the degree, and linked to the project as its national counterpart.
     */
    @Transactional
    public ProjectView adopt(AppUser user, long id, AdoptionRequest request) {
        IntlProject project = requireProject(id);
        IntlCommittee owner = committee(project.ownerCommittee());
        if (!HarmonizedStage.isPublished(project.stage())) {
            throw ApiException.conflict(
                            "Project " + project.reference() + " is not published: it is at " + project.stage() + ".")
                    .withText("problem.international.notPublished", project.reference());
        }
        if (!request.degree().allowsFastTrack()) {
            throw ApiException.invalid("degree", "An adoption is identical (IDT) or modified (MOD).")
                    .withText("problem.international.adoptionDegree");
        }
        if (isAdopted(id)) {
            throw ApiException.conflict("A national standard adopts " + project.reference() + " already.")
                    .withText("problem.international.adoptedAlready", project.reference());
        }
        String committee = request.committee() != null ? request.committee() : owner.mirrorCommittee();
        Standard standard = lifecycle.register(
                new StandardRepository.NewStandard(
                        project.programme(),
                        request.title() != null ? request.title() : project.title(),
                        request.titleZh() != null ? request.titleZh() : project.titleZh(),
                        request.type() != null ? request.type() : StandardType.GB_T,
                        request.domain() != null ? request.domain() : project.domain(),
                        committee,
                        request.leadOrganisation(),
                        project.reference(),
                        request.degree(),
                        null,
                        Track.byDefault(request.degree()),
                        null,
                        null),
                user);
        List<IntlProject.Counterpart> counterparts = new ArrayList<>(repository.counterparts(id));
        counterparts.add(new IntlProject.Counterpart(standard.id(), request.degree()));
        repository.replaceCounterparts(id, counterparts);
        audit.done(
                user.username(),
                standard.id(),
                AuditAction.ADOPT_INTL_PROJECT,
                project.reference(),
                request.degree().name());
        return project(user, id);
    }

    IntlProject requireProject(long id) {
        return repository
                .project(id)
                .orElseThrow(() -> ApiException.notFound("There is no international project " + id + ".")
                        .withText("problem.international.noProject"));
    }

    /** A harmonized code, or the body's own (IEC's letters, ITU-T's status): 400 for anything else. */
    static HarmonizedStage.Code stage(IntlBody body, String code) {
        return HarmonizedStage.read(body, code)
                .orElseThrow(() -> ApiException.badRequest(
                                "stage",
                                "'" + code + "' is not a harmonized stage code (such as 40.20)"
                                        + (HarmonizedStage.bodyCodes(body).isEmpty()
                                                ? ""
                                                : " nor one of " + body + "'s: "
                                                        + String.join(", ", HarmonizedStage.bodyCodes(body)))
                                        + ".")
                        .withText("problem.international.stage", code));
    }

    private void checkDetails(AppUser user, ProjectRequest r) {
        if (r.domain() != null && !referenceData.domainExists(r.domain())) {
            throw ApiException.invalid("domain", "No domain with code '" + r.domain() + "'.")
                    .withText("problem.international.noDomain", r.domain());
        }
        if (r.targetDate() != null && r.limitDate() != null && r.limitDate().isBefore(r.targetDate())) {
            throw ApiException.invalid("limitDate", "'limitDate' cannot be before 'targetDate'.")
                    .withText("problem.international.limitBeforeTarget");
        }
        Set<Long> experts = new HashSet<>();
        if (r.projectLeader() != null) {
            experts.add(r.projectLeader());
        }
        if (r.editors() != null) {
            experts.addAll(r.editors());
        }
        for (Long expert : experts) {
            if (repository.expert(expert).isEmpty()) {
                throw ApiException.invalid("editors", "There is no expert " + expert + ".")
                        .withText("problem.international.noExpert", expert);
            }
        }
        Set<Long> seen = new HashSet<>();
        for (CounterpartRequest c :
                r.nationalCounterparts() == null ? List.<CounterpartRequest>of() : r.nationalCounterparts()) {
            access.find(user, c.standardId()); // 404 for a standard the keeper may not know of
            if (!seen.add(c.standardId())) {
                throw ApiException.invalid("nationalCounterparts", "Standard " + c.standardId() + " is named twice.")
                        .withText("problem.international.counterpartTwice", c.standardId());
            }
        }
    }

    private static IntlProject project(
            long id,
            String programme,
            IntlBody body,
            IntlCommittee owner,
            HarmonizedStage.Code stage,
            ProjectRequest r,
            Instant createdAt,
            AppUser creator) {
        return new IntlProject(
                id,
                programme,
                body,
                r.reference().strip(),
                r.isoId(),
                r.title().strip(),
                r.titleZh() == null || r.titleZh().isBlank()
                        ? null
                        : r.titleZh().strip(),
                owner.code(),
                r.deliverableType(),
                stage.harmonized(),
                stage.bodyCode(),
                r.chinaRole(),
                r.domain(),
                r.targetDate(),
                r.limitDate(),
                r.publicationDate(),
                r.replacedBy(),
                createdAt,
                creator == null ? null : creator.username());
    }

    private static List<IntlProject.Counterpart> counterparts(ProjectRequest r) {
        return r.nationalCounterparts() == null
                ? List.of()
                : r.nationalCounterparts().stream()
                        .map(c -> new IntlProject.Counterpart(c.standardId(), c.degree()))
                        .toList();
    }

    private static List<IntlProject.Staffing> staffing(ProjectRequest r) {
        List<IntlProject.Staffing> staffing = new ArrayList<>();
        if (r.projectLeader() != null) {
            staffing.add(new IntlProject.Staffing(r.projectLeader(), Expert.Role.PROJECT_LEADER));
        }
        if (r.editors() != null) {
            r.editors().stream().distinct().forEach(e -> staffing.add(new IntlProject.Staffing(e, Expert.Role.EDITOR)));
        }
        return staffing;
    }

    private ProjectView view(AppUser user, IntlProject p) {
        return views(user, List.of(p)).get(0);
    }

    /** Projects as their reader sees them; their counterparts, staff and stages read for all at once. */
    private List<ProjectView> views(AppUser user, List<IntlProject> projects) {
        List<Long> ids = projects.stream().map(IntlProject::id).toList();
        Map<Long, List<IntlProject.Counterpart>> counterparts = repository.counterparts(ids);
        Map<Long, List<IntlProject.Staffing>> staffing = repository.staffing(ids);
        Map<Long, List<IntlProject.StageEntry>> stages = repository.stages(ids);
        Map<Long, Standard> found = standards.find(counterparts.values().stream()
                .flatMap(List::stream)
                .map(IntlProject.Counterpart::standardId)
                .collect(Collectors.toSet()));
        return projects.stream()
                .map(p -> view(
                        user,
                        p,
                        counterparts.getOrDefault(p.id(), List.of()),
                        staffing.getOrDefault(p.id(), List.of()),
                        stages.getOrDefault(p.id(), List.of()),
                        found))
                .toList();
    }

    private ProjectView view(
            AppUser user,
            IntlProject p,
            List<IntlProject.Counterpart> counterparts,
            List<IntlProject.Staffing> staffing,
            List<IntlProject.StageEntry> stages,
            Map<Long, Standard> found) {
        return new ProjectView(
                p.id(),
                p.programme(),
                p.body(),
                p.reference(),
                p.isoId(),
                p.title(),
                p.titleZh(),
                p.ownerCommittee(),
                p.deliverableType(),
                p.stage(),
                p.bodyStage(),
                p.chinaRole(),
                staffing.stream()
                        .filter(s -> s.role() == Expert.Role.PROJECT_LEADER)
                        .map(IntlProject.Staffing::expertId)
                        .findFirst()
                        .orElse(null),
                staffing.stream()
                        .filter(s -> s.role() == Expert.Role.EDITOR)
                        .map(IntlProject.Staffing::expertId)
                        .toList(),
                p.targetDate(),
                p.limitDate(),
                p.domain(),
                p.publicationDate(),
                p.replacedBy(),
                counterparts.stream()
                        .map(c -> {
                            Standard s = found.get(c.standardId());
                            boolean seen = s != null && access.canSee(user, s);
                            return new CounterpartView(
                                    seen ? s.id() : null,
                                    seen ? s.designation() : null,
                                    seen ? s.title() : null,
                                    seen ? s.stage() : null,
                                    c.degree());
                        })
                        .toList(),
                stages,
                p.createdAt(),
                p.createdBy());
    }

    /** Administrators, the programme's managers, and the secretariat of the committee's national mirror. */
    static boolean keeps(AppUser user, String programme, IntlCommittee committee) {
        return user.isAdmin()
                || user.managesProgramme(programme)
                || (committee.mirrorCommittee() != null && user.has(Role.SECRETARIAT, committee.mirrorCommittee()));
    }

    private static void requireKeeper(AppUser user, String programme, IntlCommittee committee) {
        if (!keeps(user, programme, committee)) {
            throw ApiException.forbidden("International projects are kept by administrators, the programme's managers"
                            + " and the secretariat of the committee's national mirror.")
                    .withText("problem.international.keepers");
        }
    }

    private static void requireAdmin(AppUser user) {
        if (!user.isAdmin()) {
            throw ApiException.forbidden("International committees are kept by administrators.")
                    .withText("problem.international.committeeKeepers");
        }
    }
}
