package org.stdtrack.promotion;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.stdtrack.adoption.Adoption;
import org.stdtrack.adoption.Adoptions;
import org.stdtrack.adoption.AlignedArea;
import org.stdtrack.policy.ProgrammeClock;
import org.stdtrack.problem.ApiException;
import org.stdtrack.programme.Domain;
import org.stdtrack.programme.Programme;
import org.stdtrack.programme.ReferenceData;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardRepository;

/**
 * The way from reached to implementing, counted in distinct enterprises (credit codes) as the guideline's "1,000
 * enterprises" can be read: {@code reached} (registered for an event on a programme standard), {@code trained}
 * (attended one), {@code declared} (declared an adoption), {@code verified} (a verified declaration: the strict
 * reading, today's KPI), {@code piloted} (in an approved or passed pilot), {@code assessed} (a valid PASS of a conformity assessment); {@code engaged} is trained
 * or declared (the broad reading). Each as of the end of a day, within a window of event and declaration dates,
 * and for one domain where asked; by domain, organiser and province (the credit code's division digits).
 */
@Service
public class PromotionFunnel {

    public record FunnelCounts(
            long reached,
            long trained,
            long declared,
            long verified,
            long piloted,
            long assessed,
            long engaged,
            long implementing) {}

    public record FunnelGroup(String key, FunnelCounts counts) {}

    /** A step of the funnel as the dashboard draws it: its name and its enterprises. */
    public record Step(String key, long enterprises) {}

    public record Funnel(
            String programme,
            LocalDate asOf,
            LocalDate from,
            LocalDate to,
            String domain,
            int target,
            Programme.EnterprisesReading targetReading,
            long towardTarget,
            Double progress,
            FunnelCounts counts,
            Double trainedToDeclared,
            Double declaredToVerified,
            long verifiedWithoutTraining,
            Long medianDaysTrainingToDeclaration,
            Map<AlignedArea, Long> alignedAreas,
            long certificatesIssued,
            List<FunnelGroup> byDomain,
            List<FunnelGroup> byOrganiser,
            List<FunnelGroup> byProvince) {

        /** The steps from reached to assessed, in order, for a picture of the funnel. */
        public List<Step> steps() {
            return List.of(
                    new Step("reached", counts.reached()),
                    new Step("trained", counts.trained()),
                    new Step("declared", counts.declared()),
                    new Step("verified", counts.verified()),
                    new Step("piloted", counts.piloted()),
                    new Step("assessed", counts.assessed()));
        }

        /** The widest bar: the largest step, or the target where that is larger. */
        public long scale() {
            return Math.max(
                    target, steps().stream().mapToLong(Step::enterprises).max().orElse(0));
        }
    }

    private final PromotionRepository repository;
    private final Adoptions adoptions;
    private final ConformityResults conformity;
    private final Pilots pilots;
    private final StandardRepository standards;
    private final ReferenceData referenceData;
    private final ProgrammeClock clock;

    PromotionFunnel(
            PromotionRepository repository,
            Adoptions adoptions,
            ConformityResults conformity,
            Pilots pilots,
            StandardRepository standards,
            ReferenceData referenceData,
            ProgrammeClock clock) {
        this.repository = repository;
        this.adoptions = adoptions;
        this.conformity = conformity;
        this.pilots = pilots;
        this.standards = standards;
        this.referenceData = referenceData;
        this.clock = clock;
    }

    public Funnel funnel(String programme, String domain, LocalDate from, LocalDate to, LocalDate asOf) {
        Programme p = referenceData.requireProgramme(programme);
        LocalDate day = asOf == null ? clock.today() : asOf;
        if (day.isAfter(clock.today())) {
            throw ApiException.invalid("asOf", "'asOf' (" + day + ") is in the future.")
                    .withText("problem.promotion.asOfFuture");
        }
        if (day.getYear() < 2000 || (from != null && from.getYear() < 2000)) {
            throw ApiException.invalid("from", "The funnel counts from the year 2000 on.")
                    .withText("problem.promotion.tooEarly");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiException.invalid("to", "'to' cannot be before 'from'.").withText("problem.promotion.window");
        }
        Map<String, String> topDomain = new HashMap<>();
        referenceData.domains().forEach(d -> topDomain.put(d.code(), d.parent() == null ? d.code() : d.parent()));
        if (domain != null && !topDomain.containsKey(domain)) {
            throw ApiException.invalid("domain", "No domain with code '" + domain + "'.")
                    .withText("problem.promotion.noDomain", domain);
        }
        Instant end = clock.startOf(day.plusDays(1));
        LocalDate last = to == null || to.isAfter(day) ? day : to;
        Predicate<LocalDate> inWindow = d -> !d.isAfter(last) && (from == null || !d.isBefore(from));

        List<PromotionEvent> events = repository.allEvents(programme).stream()
                .filter(e -> inWindow.test(clock.dayOf(e.startsAt())))
                .toList();
        Map<Long, Standard> promoted = standards.find(
                events.stream().flatMap(e -> e.standards().stream()).collect(Collectors.toSet()));
        Map<Long, Set<String>> eventDomains = new HashMap<>();
        Map<Long, PromotionEvent> eventsById = new HashMap<>();
        for (PromotionEvent e : events) {
            eventsById.put(e.id(), e);
            eventDomains.put(
                    e.id(),
                    e.standards().stream()
                            .map(promoted::get)
                            .filter(s -> s != null)
                            .map(s -> topDomain.getOrDefault(s.domain(), s.domain()))
                            .collect(Collectors.toSet()));
        }
        List<Touch> touches = new ArrayList<>();
        for (PromotionRepository.Participation r : repository.participations(programme)) {
            PromotionEvent e = eventsById.get(r.eventId());
            if (e != null && r.registeredAt().isBefore(end)) {
                boolean trained = r.present() && e.startsAt().isBefore(end);
                touches.add(new Touch(
                        r.creditCode(),
                        Kind.REACHED,
                        clock.dayOf(e.startsAt()),
                        eventDomains.get(e.id()),
                        e.organiser()));
                if (trained) {
                    touches.add(new Touch(
                            r.creditCode(),
                            Kind.TRAINED,
                            clock.dayOf(e.startsAt()),
                            eventDomains.get(e.id()),
                            e.organiser()));
                }
            }
        }
        Map<String, Set<AlignedArea>> areas = new HashMap<>();
        for (Adoptions.EnterpriseDeclaration d : adoptions.declarationsOf(programme)) {
            LocalDate declaredOn = clock.dayOf(d.declaredAt());
            if (!d.declaredAt().isBefore(end) || !inWindow.test(declaredOn)) {
                continue;
            }
            Set<String> domains = Set.of(topDomain.getOrDefault(d.domain(), d.domain()));
            touches.add(new Touch(d.creditCode(), Kind.DECLARED, declaredOn, domains, null));
            if (d.status() == Adoption.Status.VERIFIED
                    && d.decidedAt() != null
                    && d.decidedAt().isBefore(end)) {
                touches.add(new Touch(d.creditCode(), Kind.VERIFIED, clock.dayOf(d.decidedAt()), domains, null));
            }
            if (domain == null || domains.contains(domain)) {
                areas.computeIfAbsent(d.creditCode(), k -> new HashSet<>()).addAll(d.alignedAreas());
            }
        }
        List<Pilots.Pilot> underWay = pilots.of(programme).stream()
                .filter(pilot -> pilot.status() == Pilots.Status.APPROVED || pilot.status() == Pilots.Status.PASSED)
                .filter(pilot -> pilot.createdAt().isBefore(end) && inWindow.test(clock.dayOf(pilot.createdAt())))
                .toList();
        Map<Long, Standard> piloted = standards.find(
                underWay.stream().flatMap(pilot -> pilot.standards().stream()).collect(Collectors.toSet()));
        for (Pilots.Pilot pilot : underWay) {
            Set<String> domains = pilot.standards().stream()
                    .map(piloted::get)
                    .filter(s -> s != null)
                    .map(s -> topDomain.getOrDefault(s.domain(), s.domain()))
                    .collect(Collectors.toSet());
            pilot.creditCodes()
                    .forEach(code ->
                            touches.add(new Touch(code, Kind.PILOTED, clock.dayOf(pilot.createdAt()), domains, null)));
        }
        List<ConformityResults.ConformityResult> results = conformity.results(programme, null);
        Map<Long, Standard> assessedStandards = standards.find(
                results.stream().flatMap(r -> r.standards().stream()).collect(Collectors.toSet()));
        for (ConformityResults.ConformityResult r : results) {
            if (r.validPassOn(day)) {
                Set<String> domains = r.standards().stream()
                        .map(assessedStandards::get)
                        .filter(s -> s != null)
                        .map(s -> topDomain.getOrDefault(s.domain(), s.domain()))
                        .collect(Collectors.toSet());
                touches.add(new Touch(r.creditCode(), Kind.ASSESSED, r.validFrom(), domains, null));
            }
        }

        List<Touch> scoped = domain == null
                ? touches
                : touches.stream().filter(t -> t.domains().contains(domain)).toList();
        Tally all = new Tally(scoped);
        FunnelCounts counts = all.counts();
        Programme.EnterprisesReading reading = p.targetEnterprisesReading();
        long toward = reading == Programme.EnterprisesReading.ENGAGED ? counts.engaged() : counts.implementing();

        Map<AlignedArea, Long> aligned = new EnumMap<>(AlignedArea.class);
        for (AlignedArea a : AlignedArea.values()) {
            aligned.put(a, 0L);
        }
        areas.forEach((code, set) -> set.forEach(a -> aligned.merge(a, 1L, Long::sum)));

        Set<Long> scopedEvents = events.stream()
                .filter(e -> domain == null || eventDomains.get(e.id()).contains(domain))
                .map(PromotionEvent::id)
                .collect(Collectors.toSet());
        long certificates = repository.issues(programme).stream()
                .filter(i -> scopedEvents.contains(i.eventId()) && !i.issuedOn().isAfter(day))
                .filter(i -> i.revokedAt() == null || !i.revokedAt().isBefore(end))
                .count();

        List<FunnelGroup> byDomain = new ArrayList<>();
        referenceData.domains().stream()
                .filter(d -> d.parent() == null && (domain == null || d.code().equals(domain)))
                .map(Domain::code)
                .forEach(code -> byDomain.add(new FunnelGroup(
                        code,
                        new Tally(touches.stream()
                                        .filter(t -> t.domains().contains(code))
                                        .toList())
                                .counts())));
        Map<String, List<Touch>> perOrganiser = new TreeMap<>();
        Map<String, Set<String>> trainedBy = new HashMap<>();
        scoped.stream().filter(t -> t.organiser() != null).forEach(t -> {
            perOrganiser.computeIfAbsent(t.organiser(), k -> new ArrayList<>()).add(t);
            if (t.kind() == Kind.TRAINED) {
                trainedBy.computeIfAbsent(t.organiser(), k -> new HashSet<>()).add(t.creditCode());
            }
        });
        List<FunnelGroup> byOrganiser = new ArrayList<>();
        perOrganiser.forEach((organiser, own) -> {
            // What the organiser's trainees went on to declare is counted to it.
            Set<String> trainees = trainedBy.getOrDefault(organiser, Set.of());
            List<Touch> attributed = new ArrayList<>(own);
            scoped.stream()
                    .filter(t -> t.organiser() == null && trainees.contains(t.creditCode()))
                    .forEach(attributed::add);
            byOrganiser.add(new FunnelGroup(organiser, new Tally(attributed).counts()));
        });
        Map<String, List<Touch>> perProvince = new TreeMap<>();
        scoped.forEach(t -> perProvince
                .computeIfAbsent(province(t.creditCode()), k -> new ArrayList<>())
                .add(t));
        List<FunnelGroup> byProvince = new ArrayList<>();
        perProvince.forEach((province, own) -> byProvince.add(new FunnelGroup(province, new Tally(own).counts())));

        return new Funnel(
                p.code(),
                day,
                from,
                to,
                domain,
                p.targetEnterprises(),
                reading,
                toward,
                p.targetEnterprises() == 0 ? null : (double) toward / p.targetEnterprises(),
                counts,
                all.trained.isEmpty() ? null : (double) intersection(all.trained, all.declared) / all.trained.size(),
                all.declared.isEmpty() ? null : (double) all.verified.size() / all.declared.size(),
                all.verified.stream().filter(c -> !all.trained.contains(c)).count(),
                all.medianDaysTrainingToDeclaration(),
                aligned,
                certificates,
                byDomain,
                byOrganiser,
                byProvince);
    }

    /**
     * The province of an enterprise's registration: the first two digits of the credit code's administrative
     * division (its third and fourth characters); {@code other} for a central registration or a code without one.
     */
    static String province(String creditCode) {
        String digits = creditCode.length() >= 4 ? creditCode.substring(2, 4) : "";
        return PROVINCES.contains(digits) ? digits : "other";
    }

    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43",
            "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82");

    private enum Kind {
        REACHED,
        TRAINED,
        DECLARED,
        VERIFIED,
        PILOTED,
        ASSESSED
    }

    /** One thing an enterprise did: on a day, about standards of these domains, at an organiser's event. */
    private record Touch(String creditCode, Kind kind, LocalDate on, Set<String> domains, String organiser) {}

    /** Distinct enterprises at each step, and the first day of their training and of their declaration. */
    private static final class Tally {
        final Set<String> reached = new HashSet<>();
        final Set<String> trained = new HashSet<>();
        final Set<String> declared = new HashSet<>();
        final Set<String> verified = new HashSet<>();
        final Set<String> piloted = new HashSet<>();
        final Set<String> assessed = new HashSet<>();
        final Map<String, LocalDate> firstTraining = new HashMap<>();
        final Map<String, List<LocalDate>> declarations = new HashMap<>();

        Tally(Collection<Touch> touches) {
            for (Touch t : touches) {
                switch (t.kind()) {
                    case REACHED -> reached.add(t.creditCode());
                    case TRAINED -> {
                        trained.add(t.creditCode());
                        firstTraining.merge(t.creditCode(), t.on(), (a, b) -> a.isBefore(b) ? a : b);
                    }
                    case DECLARED -> {
                        declared.add(t.creditCode());
                        declarations
                                .computeIfAbsent(t.creditCode(), k -> new ArrayList<>())
                                .add(t.on());
                    }
                    case VERIFIED -> verified.add(t.creditCode());
                    case PILOTED -> piloted.add(t.creditCode());
                    case ASSESSED -> assessed.add(t.creditCode());
                }
            }
        }

        FunnelCounts counts() {
            Set<String> engaged = new HashSet<>(trained);
            engaged.addAll(declared);
            return new FunnelCounts(
                    reached.size(),
                    trained.size(),
                    declared.size(),
                    verified.size(),
                    piloted.size(),
                    assessed.size(),
                    engaged.size(),
                    verified.size());
        }

        /** From an enterprise's first training to its first declaration on or after it, the median over them. */
        Long medianDaysTrainingToDeclaration() {
            List<Long> days = new ArrayList<>();
            firstTraining.forEach((code, trainedOn) -> declarations.getOrDefault(code, List.of()).stream()
                    .filter(d -> !d.isBefore(trainedOn))
                    .min(LocalDate::compareTo)
                    .ifPresent(d -> days.add(ChronoUnit.DAYS.between(trainedOn, d))));
            if (days.isEmpty()) {
                return null;
            }
            days.sort(null);
            int n = days.size();
            return n % 2 == 1 ? days.get(n / 2) : Math.round((days.get(n / 2 - 1) + days.get(n / 2)) / 2.0);
        }
    }

    private static long intersection(Set<String> a, Set<String> b) {
        return a.stream().filter(b::contains).count();
    }
}
