package org.stdtrack.liaison;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stdtrack.audit.AuditAction;
import org.stdtrack.audit.AuditTrail;
import org.stdtrack.document.Document;
import org.stdtrack.document.DocumentKind;
import org.stdtrack.document.Documents;
import org.stdtrack.engine.ProcessStart;
import org.stdtrack.engine.Processes;
import org.stdtrack.identity.AppUser;
import org.stdtrack.identity.EngineGroups;
import org.stdtrack.identity.Role;
import org.stdtrack.international.InternationalWork;
import org.stdtrack.policy.ProgrammeClock;
import org.stdtrack.problem.ApiException;
import org.stdtrack.programme.ReferenceData;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardAccess;
import org.stdtrack.standard.StandardRepository;
import org.stdtrack.tasks.TaskView;
import org.stdtrack.tasks.Worklist;

/**
 * The rules of liaison statements: the committee's secretariat (and administrators) records them; an incoming
 * one is the receiving committee's, an outgoing one the sender's; one with a response due starts the response
 * task; only that committee's secretariat responds. Who reads them: the committee's working material.
 */
@Service
public class Liaisons {

    /** The most a list answers. */
    static final int MAX_LISTED = 200;

    public record LiaisonRequest(
            @NotBlank @Size(max = 200) String from,
            @NotBlank @Size(max = 200) String to,
            @NotBlank @Size(max = 300) String subject,
            LocalDate receivedOn,
            LocalDate sentOn,
            LocalDate responseDue,
            @Size(max = 50) List<@NotNull Long> standards,
            @Size(max = 50) List<@NotNull Long> projects) {}

    public record ResponseRequest(
            @NotBlank @Size(max = 10_000) String response) {}

    private final LiaisonRepository repository;
    private final ReferenceData referenceData;
    private final StandardRepository standards;
    private final StandardAccess access;
    private final InternationalWork international;
    private final Processes processes;
    private final Worklist worklist;
    private final Documents documents;
    private final AuditTrail audit;
    private final ProgrammeClock clock;

    Liaisons(
            LiaisonRepository repository,
            ReferenceData referenceData,
            StandardRepository standards,
            StandardAccess access,
            InternationalWork international,
            Processes processes,
            @Lazy Worklist worklist,
            Documents documents,
            AuditTrail audit,
            ProgrammeClock clock) {
        this.repository = repository;
        this.referenceData = referenceData;
        this.standards = standards;
        this.access = access;
        this.international = international;
        this.processes = processes;
        this.worklist = worklist;
        this.documents = documents;
        this.audit = audit;
        this.clock = clock;
    }

    /** The committee's working material: its members and programme-wide roles, never enterprises. */
    public boolean mayRead(AppUser user, Liaison liaison) {
        return access.readsWorkingMaterial(user, liaison.committee());
    }

    /** Its committee's secretariat, and administrators, record a liaison and keep its documents. */
    public static boolean mayKeep(AppUser user, Liaison liaison) {
        return mayKeep(user, liaison.committee());
    }

    private static boolean mayKeep(AppUser user, String committee) {
        return user.isAdmin() || user.has(Role.SECRETARIAT, committee);
    }

    @Transactional
    public Liaison record(AppUser user, LiaisonRequest r) {
        boolean incoming = r.receivedOn() != null;
        if (incoming == (r.sentOn() != null)) {
            throw ApiException.invalid("receivedOn", "A liaison is either received (receivedOn) or sent (sentOn).")
                    .withText("problem.liaison.receivedOrSent");
        }
        String committee = (incoming ? r.to() : r.from()).strip();
        if (referenceData.committee(committee).isEmpty()) {
            String field = incoming ? "to" : "from";
            throw ApiException.invalid(
                            field,
                            "The " + (incoming ? "receiving" : "sending") + " side must be a committee"
                                    + " of the tracker; '" + committee + "' is none.")
                    .withText("problem.liaison.notACommittee", committee);
        }
        if (!mayKeep(user, committee)) {
            throw ApiException.forbidden("A liaison of " + committee + " is recorded by its secretariat.")
                    .withText("problem.liaison.keptBy", committee);
        }
        LocalDate dated = incoming ? r.receivedOn() : r.sentOn();
        if (dated.isAfter(clock.today())) {
            throw ApiException.invalid(incoming ? "receivedOn" : "sentOn", "A liaison is dated on or before today.")
                    .withText("problem.liaison.future");
        }
        if (r.responseDue() != null && (!incoming || r.responseDue().isBefore(r.receivedOn()))) {
            throw ApiException.invalid(
                            "responseDue", "A response is due on an incoming statement, on or after its receipt.")
                    .withText("problem.liaison.responseDue");
        }
        Liaison draft = new Liaison(
                0,
                incoming ? Liaison.Direction.INCOMING : Liaison.Direction.OUTGOING,
                r.from().strip(),
                r.to().strip(),
                committee,
                r.subject().strip(),
                r.receivedOn(),
                r.sentOn(),
                r.responseDue(),
                checkedStandards(user, r.standards()),
                checkedProjects(user, r.projects()),
                null,
                null,
                null,
                clock.now(),
                user.username());
        long id = repository.insert(draft);
        if (incoming && r.responseDue() != null) {
            repository.processStarted(
                    id,
                    processes.startAsApplication(ProcessStart.forSubject(
                                    LiaisonProcess.PROCESS_KEY, LiaisonProcess.subjectKey(id))
                            .with(LiaisonProcess.LIAISON_ID, id)
                            .with(LiaisonProcess.RECEIVING_SECRETARIAT, EngineGroups.secretariat(committee))
                            .with(
                                    LiaisonProcess.RESPONSE_DUE_AT,
                                    Date.from(clock.startOf(r.responseDue().plusDays(1))
                                            .minusSeconds(1)))));
        }
        audit.done(user.username(), null, AuditAction.RECORD_LIAISON, String.valueOf(id), draft.subject());
        return find(id).orElseThrow();
    }

    /**
     * The committee's response: through the response task where one is open (so that its reminders stop), else
     * recorded as it is; for the receiving secretariat only (403), once (409), and only to a statement received.
     */
    @Transactional
    public Liaison respond(AppUser user, long id, ResponseRequest request) {
        Liaison liaison = readable(user, id);
        if (liaison.direction() != Liaison.Direction.INCOMING) {
            throw ApiException.conflict("A statement the committee sent is answered by the other side.")
                    .withText("problem.liaison.sent");
        }
        if (liaison.answered()) {
            throw ApiException.conflict("The statement was answered already.").withText("problem.liaison.answered");
        }
        if (!user.has(Role.SECRETARIAT, liaison.committee())) {
            throw ApiException.forbidden("The receiving committee's secretariat responds.")
                    .withText("problem.liaison.respondedBy", liaison.committee());
        }
        Optional<TaskView> task = worklist.openTaskAbout(user, LiaisonProcess.subjectKey(id));
        if (task.isPresent()) {
            worklist.complete(user, task.get().id(), Map.of(LiaisonProcess.RESPONSE_FIELD, request.response()));
        } else {
            responded(id, request.response(), user);
        }
        return find(id).orElseThrow();
    }

    /** Records the response (the task's handler, or a statement without a task). */
    void responded(long id, String response, AppUser by) {
        repository.lock(id);
        repository.respond(id, response.strip(), clock.now(), by.username());
        audit.done(by.username(), null, AuditAction.RESPOND_TO_LIAISON, String.valueOf(id), null);
    }

    public Liaison liaison(AppUser user, long id) {
        return readable(user, id);
    }

    /**
     * Liaisons the user may read, newest first (at most {@value #MAX_LISTED}): of one committee (403 if not
     * theirs to read), about one standard, or of every committee they read.
     */
    public List<Liaison> list(AppUser user, String committee, Long standardId) {
        List<String> committees;
        if (committee != null) {
            if (!access.readsWorkingMaterial(user, committee)) {
                throw ApiException.forbidden("A committee's liaisons are for its members.")
                        .withText("problem.liaison.notYours");
            }
            committees = List.of(committee);
        } else {
            committees = access.workingMaterialCommittees(user);
        }
        if (standardId != null) {
            access.find(user, standardId);
        }
        return repository.of(committees, standardId, MAX_LISTED);
    }

    /** The liaisons about a standard that the reader may read, for its page. */
    public List<Liaison> about(AppUser user, Standard standard) {
        return repository.of(null, standard.id(), MAX_LISTED).stream()
                .filter(l -> mayRead(user, l))
                .toList();
    }

    /** Incoming statements unanswered after their due day, by receiving committee (the overdue report). */
    public Map<String, Long> pastDueByCommittee() {
        return repository.pastDueByCommittee(clock.today());
    }

    // ---- documents ----

    @Transactional
    public Document upload(AppUser user, long id, DocumentKind kind, Documents.Upload upload) {
        repository.lock(id);
        Liaison liaison = readable(user, id);
        if (kind != DocumentKind.LIAISON_STATEMENT && kind != DocumentKind.LIAISON_RESPONSE) {
            throw ApiException.invalid("kind", "A liaison's documents are its statement and its response.")
                    .withText("problem.liaison.documentKind");
        }
        if (!mayKeep(user, liaison)) {
            throw ApiException.forbidden("A liaison of " + liaison.committee() + " is kept by its secretariat.")
                    .withText("problem.liaison.keptBy", liaison.committee());
        }
        return documents.uploadAbout(user, LiaisonProcess.subjectKey(id), kind, upload);
    }

    public List<Document> documents(AppUser user, long id) {
        readable(user, id);
        return documents.about(LiaisonProcess.subjectKey(id));
    }

    public Document document(AppUser user, long id, long documentId) {
        readable(user, id);
        return documents.findAbout(LiaisonProcess.subjectKey(id), documentId);
    }

    public void send(Document document, HttpServletResponse response) throws IOException {
        documents.send(document, response);
    }

    // ---- helpers ----

    Optional<Liaison> find(long id) {
        return repository.find(id);
    }

    void lock(long id) {
        repository.lock(id);
    }

    private Liaison readable(AppUser user, long id) {
        Liaison liaison = find(id).orElseThrow(() ->
                ApiException.notFound("There is no liaison " + id + ".").withText("problem.liaison.none", id));
        if (!mayRead(user, liaison)) {
            throw ApiException.forbidden("A committee's liaisons are for its members.")
                    .withText("problem.liaison.notYours");
        }
        return liaison;
    }

    private List<Long> checkedStandards(AppUser user, List<Long> ids) {
        List<Long> checked = new ArrayList<>();
        for (Long id : ids == null ? List.<Long>of() : new LinkedHashSet<>(ids)) {
            Standard s = standards.find(id).orElse(null);
            if (s == null || !access.canSee(user, s)) {
                throw ApiException.invalid("standards", "There is no standard " + id + ".")
                        .withText("problem.liaison.noStandard", id);
            }
            checked.add(id);
        }
        return checked;
    }

    private List<Long> checkedProjects(AppUser user, List<Long> ids) {
        List<Long> checked = new ArrayList<>();
        for (Long id : ids == null ? List.<Long>of() : new LinkedHashSet<>(ids)) {
            try {
                international.project(user, id);
            } catch (ApiException unknown) {
                throw ApiException.invalid("projects", "There is no international project " + id + ".")
                        .withText("problem.liaison.noProject", id);
            }
            checked.add(id);
        }
        return checked;
    }
}
