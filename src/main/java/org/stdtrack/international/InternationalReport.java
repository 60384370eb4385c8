package org.stdtrack.international;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.stdtrack.identity.AppUser;
import org.stdtrack.policy.ProgrammeClock;
import org.stdtrack.problem.ApiException;
import org.stdtrack.programme.ReferenceData;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardRepository;

/**
 * A programme's international work in figures, now or at the end of a past day: the projects China leads (LED
 * and CO_LED), the projects by stage group, the conversion of published international standards into national
 * ones (only a published IDT or MOD counterpart converts; its lag from the international publication), and
 * China's memberships, and the national positions on the ballots closed or due by then. The project figures
 * count projects, which everyone signed in may see; the ballot figures count only the ballots whose positions
 * the reader may see (the programme's managers and administrators all; a mirror committee's members its own).
 */
@Service
public class InternationalReport {

    public record Led(long total, long active, long published) {}

    /**
     * Of the published projects in scope, how many a published national standard adopts (IDT or MOD), the rate,
     * how many no national standard adopts at all (candidates), and the median days from the international to
     * the national publication.
     */
    public record Conversion(
            long publishedInScope, long adoptedIdtMod, Double rate, long candidates, Long medianLagDays) {}

    /**
     * The national positions as of the day: ballots whose national deadline has passed ({@code due}), those
     * answered by it or after it but before the close, those closed without a position ({@code missed}), and of
     * the ballots closed, the share answered ({@code participationRate}; null with none closed).
     */
    public record Ballots(
            long due, long votedOnTime, long votedLate, long missed, long closed, Double participationRate) {}

    public record Report(
            String programme,
            LocalDate asOf,
            Led chinaLed,
            Map<String, Long> projectsByStage,
            Conversion conversion,
            Map<Membership, Long> membership,
            Ballots ballots,
            Map<IntlBallot.Vote, Long> positionsByVote,
            Double nationalCommentAcceptanceRate) {}

    private static final Set<ChinaRole> LEADING = Set.of(ChinaRole.LED, ChinaRole.CO_LED);

    private final InternationalRepository repository;
    private final StandardRepository standards;
    private final ReferenceData referenceData;
    private final ProgrammeClock clock;
    private final IntlBallotRepository ballots;

    InternationalReport(
            InternationalRepository repository,
            StandardRepository standards,
            ReferenceData referenceData,
            ProgrammeClock clock,
            IntlBallotRepository ballots) {
        this.ballots = ballots;
        this.repository = repository;
        this.standards = standards;
        this.referenceData = referenceData;
        this.clock = clock;
    }

    public Report report(AppUser reader, String programme, LocalDate asOf) {
        referenceData.requireProgramme(programme);
        LocalDate day = asOf == null ? clock.today() : asOf;
        if (day.isAfter(clock.today())) {
            throw ApiException.invalid("asOf", "'asOf' (" + day + ") is in the future.")
                    .withText("problem.international.stageInFuture");
        }
        // Each project as it stood at the end of the day: its last stage entered by then (none: not yet recorded).
        Map<Long, String> stageThen = repository.stagesAt(programme, day);
        List<IntlProject> projects = repository.projectsOf(programme).stream()
                .filter(p -> stageThen.containsKey(p.id()))
                .toList();
        long led = 0;
        long ledActive = 0;
        long ledPublished = 0;
        Map<String, Long> byStage = new TreeMap<>();
        List<IntlProject> published = new ArrayList<>();
        for (IntlProject p : projects) {
            String stage = stageThen.get(p.id());
            byStage.merge(HarmonizedStage.group(stage), 1L, Long::sum);
            boolean isPublished = HarmonizedStage.isPublished(stage);
            if (isPublished) {
                published.add(p);
            }
            if (LEADING.contains(p.chinaRole())) {
                led++;
                ledPublished += isPublished ? 1 : 0;
                ledActive += !isPublished && !HarmonizedStage.hasEnded(stage) ? 1 : 0;
            }
        }
        List<IntlBallot> readable = readableBallots(reader, programme);
        Map<IntlBallot.Vote, Long> byVote = new EnumMap<>(IntlBallot.Vote.class);
        for (IntlBallot.Vote vote : IntlBallot.Vote.values()) {
            byVote.put(vote, 0L);
        }
        Instant endOfDay = clock.startOf(day.plusDays(1));
        readable.stream().filter(b -> submittedBy(b, endOfDay)).forEach(b -> byVote.merge(b.vote(), 1L, Long::sum));
        return new Report(
                programme,
                day,
                new Led(led, ledActive, ledPublished),
                byStage,
                conversion(published, day),
                memberships(),
                ballots(readable, day),
                byVote,
                acceptanceRate(programme, readable, endOfDay));
    }

    /** The programme's ballots whose national positions the reader may see. */
    private List<IntlBallot> readableBallots(AppUser reader, String programme) {
        List<IntlBallot> all = ballots.ofProgramme(programme);
        if (reader.isAdmin() || reader.managesProgramme(programme)) {
            return all;
        }
        Map<String, String> mirrors = new HashMap<>();
        repository.committees().forEach(c -> mirrors.put(c.code(), c.mirrorCommittee()));
        Map<Long, String> owners = new HashMap<>();
        repository.projectsOf(programme).forEach(p -> owners.put(p.id(), p.ownerCommittee()));
        return all.stream()
                .filter(b -> {
                    String mirror = mirrors.get(owners.get(b.projectId()));
                    return mirror != null && reader.isMemberOf(mirror);
                })
                .toList();
    }

    private Ballots ballots(List<IntlBallot> readable, LocalDate day) {
        long due = 0;
        long onTime = 0;
        long late = 0;
        long missed = 0;
        long closed = 0;
        Instant endOfDay = clock.startOf(day.plusDays(1));
        for (IntlBallot b : readable) {
            // A ballot closes, and a deadline passes, at the end of its day.
            boolean closedThen = !b.closesOn().isAfter(day);
            boolean answered = submittedBy(b, endOfDay);
            if (!b.nationalDeadline().isAfter(day)) {
                due++;
                if (answered
                        && submittedBy(b, clock.startOf(b.nationalDeadline().plusDays(1)))) {
                    onTime++;
                } else if (answered) {
                    late++;
                }
            }
            if (closedThen) {
                closed++;
                missed += answered ? 0 : 1;
            }
        }
        return new Ballots(due, onTime, late, missed, closed, closed == 0 ? null : (double) (closed - missed) / closed);
    }

    private static boolean submittedBy(IntlBallot ballot, Instant instant) {
        return ballot.submittedAt() != null && ballot.submittedAt().isBefore(instant);
    }

    /** (accepted + accepted modified) over the dispositions recorded by then on the readable ballots. */
    private Double acceptanceRate(String programme, List<IntlBallot> readable, Instant endOfDay) {
        Set<Long> readableIds = readable.stream().map(IntlBallot::id).collect(Collectors.toSet());
        List<IntlBallotRepository.Recorded> recorded = ballots.dispositions(programme).stream()
                .filter(r -> readableIds.contains(r.ballotId()) && r.at().isBefore(endOfDay))
                .toList();
        if (recorded.isEmpty()) {
            return null;
        }
        long taken = recorded.stream().filter(r -> r.disposition().taken()).count();
        return (double) taken / recorded.size();
    }

    private Conversion conversion(List<IntlProject> published, LocalDate day) {
        Map<Long, List<IntlProject.Counterpart>> counterparts =
                repository.counterparts(published.stream().map(IntlProject::id).toList());
        Map<Long, Standard> national = standards.find(counterparts.values().stream()
                .flatMap(List::stream)
                .map(IntlProject.Counterpart::standardId)
                .collect(Collectors.toSet()));
        long adopted = 0;
        long candidates = 0;
        List<Long> lags = new ArrayList<>();
        for (IntlProject p : published) {
            List<Standard> adopting = counterparts.getOrDefault(p.id(), List.of()).stream()
                    .filter(c -> InternationalWork.adopts(c, national.get(c.standardId())))
                    .map(c -> national.get(c.standardId()))
                    .toList();
            List<Standard> publishedThen = adopting.stream()
                    .filter(s ->
                            s.publicationDate() != null && !s.publicationDate().isAfter(day))
                    .toList();
            if (!publishedThen.isEmpty()) {
                adopted++;
                if (p.publicationDate() != null) {
                    publishedThen.stream()
                            .map(Standard::publicationDate)
                            .min(LocalDate::compareTo)
                            .ifPresent(first -> lags.add(ChronoUnit.DAYS.between(p.publicationDate(), first)));
                }
            } else if (adopting.isEmpty()) {
                candidates++;
            }
        }
        lags.sort(null);
        return new Conversion(
                published.size(),
                adopted,
                published.isEmpty() ? null : (double) adopted / published.size(),
                candidates,
                lags.isEmpty() ? null : median(lags));
    }

    private static long median(List<Long> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : Math.round((sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0);
    }

    private Map<Membership, Long> memberships() {
        Map<Membership, Long> counts = new EnumMap<>(Membership.class);
        for (Membership m : Membership.values()) {
            counts.put(m, 0L);
        }
        repository.committees().forEach(c -> counts.merge(c.chinaMembership(), 1L, Long::sum));
        return counts;
    }
}
