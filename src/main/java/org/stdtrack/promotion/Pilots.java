package org.stdtrack.promotion;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stdtrack.audit.AuditAction;
import org.stdtrack.audit.AuditTrail;
import org.stdtrack.engine.ProcessStart;
import org.stdtrack.engine.Processes;
import org.stdtrack.identity.AppUser;
import org.stdtrack.identity.EngineGroups;
import org.stdtrack.identity.Role;
import org.stdtrack.persistence.Timestamps;
import org.stdtrack.policy.Policy;
import org.stdtrack.policy.ProgrammeClock;
import org.stdtrack.problem.ApiException;
import org.stdtrack.programme.CreditCode;
import org.stdtrack.programme.ReferenceData;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardRepository;

/**
 * Pilots and demonstrations of a programme's standards in use: the lead enterprise and the participants, the
 * standards, and where the process {@code pilot} has taken them (recommended, reviewed, approved after the public
 * notice, accepted). Associations, the programme's managers and administrators apply; everyone signed in reads.
 */
@Service
public class Pilots {

    public enum Kind {
        GROUP_STANDARD_DEMO,
        NATIONAL_PILOT,
        INDUSTRY_PILOT
    }

    /** Where a pilot stands: each decision of its process moves it on, or ends it. */
    public enum Status {
        APPLIED,
        RECOMMENDED,
        DECLINED,
        REVIEWED,
        REJECTED,
        APPROVED,
        NOT_APPROVED,
        PASSED,
        FAILED;

        /** Whether the pilot has ended: passed, failed or refused at a step. */
        public boolean isOver() {
            return this == PASSED || this == FAILED || this == DECLINED || this == REJECTED || this == NOT_APPROVED;
        }
    }

    public record EnterpriseRef(
            @NotBlank @Size(max = 200) String enterprise,
            @NotBlank @Size(max = 18) String creditCode) {}

    public record PilotRequest(
            @NotBlank @Size(max = 32) String programme,
            @NotBlank @Size(max = 300) String name,
            @NotNull Kind kind,
            @NotNull @Valid EnterpriseRef lead,
            @NotNull @Size(max = 500) List<@Valid @NotNull EnterpriseRef> participants,
            @NotEmpty @Size(max = 50) List<@NotNull Long> standards) {}

    public record Pilot(
            long id,
            String programme,
            String name,
            Kind kind,
            Status status,
            EnterpriseRef lead,
            List<EnterpriseRef> participants,
            List<Long> standards,
            String reason,
            Instant createdAt,
            String createdBy) {

        /** The enterprises that took part: the lead and the participants, by credit code. */
        public Set<String> creditCodes() {
            Set<String> codes = new HashSet<>();
            codes.add(lead.creditCode());
            participants.forEach(p -> codes.add(p.creditCode()));
            return codes;
        }
    }

    private final JdbcClient jdbc;
    private final ReferenceData referenceData;
    private final StandardRepository standards;
    private final Processes processes;
    private final Policy policy;
    private final ProgrammeClock clock;
    private final AuditTrail audit;

    Pilots(
            JdbcClient jdbc,
            ReferenceData referenceData,
            StandardRepository standards,
            Processes processes,
            Policy policy,
            ProgrammeClock clock,
            AuditTrail audit) {
        this.jdbc = jdbc;
        this.referenceData = referenceData;
        this.standards = standards;
        this.processes = processes;
        this.policy = policy;
        this.clock = clock;
        this.audit = audit;
    }

    /** An application: its rules checked, the pilot recorded and its process started. */
    @Transactional
    public Pilot apply(AppUser user, PilotRequest r) {
        referenceData.requireProgramme(r.programme());
        if (!(user.isAdmin() || user.managesProgramme(r.programme()) || user.has(Role.ASSOCIATION))) {
            throw ApiException.forbidden("Associations, the programme's managers and administrators apply for pilots.")
                    .withText("problem.pilot.notApplicant");
        }
        EnterpriseRef lead = checked("lead.creditCode", r.lead());
        List<EnterpriseRef> participants = new ArrayList<>();
        Set<String> seen = new HashSet<>(Set.of(lead.creditCode()));
        for (EnterpriseRef p : r.participants()) {
            EnterpriseRef c = checked("participants", p);
            if (seen.add(c.creditCode())) {
                participants.add(c);
            }
        }
        LinkedHashSet<Long> ids = new LinkedHashSet<>(r.standards());
        Map<Long, Standard> found = standards.find(ids);
        for (Long id : ids) {
            Standard s = found.get(id);
            if (s == null
                    || !s.programme().equals(r.programme())
                    || !s.stage().isPublished()
                    || s.stage().isClosed()) {
                throw ApiException.invalid(
                                "standards", "Standard " + id + " is no published standard of " + r.programme() + ".")
                        .withText("problem.pilot.standard", id, r.programme());
            }
            if (r.kind() == Kind.GROUP_STANDARD_DEMO
                    && (s.publicationDate() == null
                            || s.publicationDate()
                                    .plus(policy.demonstrationInUse())
                                    .isAfter(clock.today()))) {
                throw ApiException.invalid(
                                "standards",
                                "Standard " + id + " has not been in use for " + policy.demonstrationInUse()
                                        + " since its publication: too soon to demonstrate.")
                        .withText(
                                "problem.pilot.tooSoon",
                                id,
                                policy.demonstrationInUse().toString());
            }
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into pilot (programme_code, name, kind, status, lead_enterprise, lead_credit_code, created_at,
                    created_by) values (?, ?, ?, 'APPLIED', ?, ?, ?, ?)""")
                .params(
                        r.programme(),
                        r.name().strip(),
                        r.kind().name(),
                        lead.enterprise(),
                        lead.creditCode(),
                        Timestamps.toDb(clock.now()),
                        user.username())
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        for (EnterpriseRef p : participants) {
            jdbc.sql("insert into pilot_participant (pilot_id, enterprise, credit_code) values (?, ?, ?)")
                    .params(id, p.enterprise(), p.creditCode())
                    .update();
        }
        for (Long standard : ids) {
            jdbc.sql("insert into pilot_standard (pilot_id, standard_id) values (?, ?)")
                    .params(id, standard)
                    .update();
        }
        String instance = processes.startAsApplication(
                ProcessStart.forSubject(PilotProcess.PROCESS_KEY, PilotProcess.subjectKey(id))
                        .with(PilotProcess.PILOT_ID, id)
                        .with(PilotProcess.REVIEWERS, EngineGroups.secretariat(reviewingCommittee(require(id)))));
        jdbc.sql("update pilot set process_instance_id = ? where id = ?")
                .params(instance, id)
                .update();
        audit.done(user.username(), null, AuditAction.APPLY_FOR_PILOT, String.valueOf(id), r.name());
        return require(id);
    }

    /**
     * The committee that looks after a pilot: that of its first standard (by id), whose secretariat records the
     * expert review and, with the pilot's other actors, keeps its evidence letters.
     */
    String reviewingCommittee(Pilot pilot) {
        return standards.find(pilot.standards().get(0)).map(Standard::committee).orElseThrow();
    }

    /** A decision of the process: the pilot's new status, and the reason given with a refusal. */
    void decided(long pilotId, Status status, String reason) {
        jdbc.sql("update pilot set status = ?, reason = ? where id = ?")
                .params(status.name(), reason, pilotId)
                .update();
    }

    /** When the public notice of a pilot reviewed now ends. */
    Date noticeEnds() {
        return Date.from(clock.after(clock.now(), policy.pilotNotice()));
    }

    public List<Pilot> of(String programme) {
        referenceData.requireProgramme(programme);
        return pilots("where p.programme_code = ?", programme);
    }

    public Pilot require(long id) {
        return find(id).orElseThrow(() ->
                ApiException.notFound("There is no pilot " + id + ".").withText("problem.pilot.none", id));
    }

    Optional<Pilot> find(long id) {
        return pilots("where p.id = ?", id).stream().findFirst();
    }

    boolean lock(long id) {
        return !jdbc.sql("select id from pilot where id = ? for update")
                .param(id)
                .query(Long.class)
                .list()
                .isEmpty();
    }

    private EnterpriseRef checked(String field, EnterpriseRef ref) {
        String code = ref.creditCode().strip().toUpperCase(Locale.ROOT);
        String problem = CreditCode.problem(code);
        if (problem != null) {
            throw ApiException.invalid(field, problem).withText("problem.creditCode");
        }
        return new EnterpriseRef(ref.enterprise().strip(), code);
    }

    private List<Pilot> pilots(String where, Object param) {
        Map<Long, List<EnterpriseRef>> participants = new HashMap<>();
        Map<Long, List<Long>> standardsOf = new HashMap<>();
        String scope = " join pilot p on p.id = x.pilot_id " + where;
        jdbc.sql("select x.pilot_id, x.enterprise, x.credit_code from pilot_participant x" + scope
                        + " order by x.credit_code")
                .param(param)
                .query(rs -> {
                    participants
                            .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new EnterpriseRef(rs.getString(2), rs.getString(3)));
                });
        jdbc.sql("select x.pilot_id, x.standard_id from pilot_standard x" + scope + " order by x.standard_id")
                .param(param)
                .query(rs -> {
                    standardsOf
                            .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(rs.getLong(2));
                });
        return jdbc.sql("select * from pilot p " + where + " order by p.id")
                .param(param)
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    return new Pilot(
                            id,
                            rs.getString("programme_code"),
                            rs.getString("name"),
                            Kind.valueOf(rs.getString("kind")),
                            Status.valueOf(rs.getString("status")),
                            new EnterpriseRef(rs.getString("lead_enterprise"), rs.getString("lead_credit_code")),
                            List.copyOf(participants.getOrDefault(id, List.of())),
                            List.copyOf(standardsOf.getOrDefault(id, List.of())),
                            rs.getString("reason"),
                            Timestamps.instant(rs, "created_at"),
                            rs.getString("created_by"));
                })
                .list();
    }
}
