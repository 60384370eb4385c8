package org.stdtrack.demo;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import org.stdtrack.identity.AppUser;
import org.stdtrack.identity.UserRepository;
import org.stdtrack.liaison.Liaisons;
import org.stdtrack.patent.PatentDisclosure;
import org.stdtrack.patent.PatentDisclosures;
import org.stdtrack.policy.ProgrammeClock;
import org.stdtrack.standard.Stage;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardRepository;

/**
 * The committee's correspondence on day one: a liaison statement from ISO/IEC JTC 1/SC 27 awaiting TC28/SC38's
 * response in ten days (a task on the secretariat's list and dashboard), one it answered, one it sent to ITU-T
 * SG13; and a patent disclosed on a standard in drafting, licensed on fair and reasonable terms.
 */
@Component
class DemoCommitteeWork {

    private final Liaisons liaisons;
    private final PatentDisclosures patents;
    private final StandardRepository standards;
    private final UserRepository users;
    private final ProgrammeClock clock;

    DemoCommitteeWork(
            Liaisons liaisons,
            PatentDisclosures patents,
            StandardRepository standards,
            UserRepository users,
            ProgrammeClock clock) {
        this.liaisons = liaisons;
        this.patents = patents;
        this.standards = standards;
        this.users = users;
        this.clock = clock;
    }

    boolean isLoaded() {
        return !liaisons.list(user("admin"), "TC28-SC38", null).isEmpty();
    }

    void load() {
        AppUser secretary = user("secretary");
        List<Standard> developing = standards.inProgramme(DemoProgramme.PROGRAMME).stream()
                .filter(s -> s.committee().equals("TC28-SC38") && s.stage().isInDevelopment())
                .sorted(Comparator.comparing(Standard::id))
                .toList();
        Standard drafting = developing.stream()
                .filter(s -> s.stage() == Stage.DRAFTING)
                .findFirst()
                .orElse(developing.get(0));
        LocalDate today = clock.today();
        liaisons.record(
                secretary,
                new Liaisons.LiaisonRequest(
                        "ISO/IEC JTC 1/SC 27",
                        "TC28-SC38",
                        "Security requirements for cloud service level agreements",
                        today.minusDays(4),
                        null,
                        today.plusDays(10),
                        List.of(drafting.id()),
                        List.of()));
        long answered = liaisons.record(
                        secretary,
                        new Liaisons.LiaisonRequest(
                                "CCSA TC1",
                                "TC28-SC38",
                                "Alignment of cloud-native terms with the sector standards",
                                today.minusDays(40),
                                null,
                                today.minusDays(10),
                                List.of(drafting.id()),
                                List.of()))
                .id();
        liaisons.respond(
                secretary,
                answered,
                new Liaisons.ResponseRequest("TC28/SC38 takes the sector's terms into clause 3 of its drafts."));
        liaisons.record(
                secretary,
                new Liaisons.LiaisonRequest(
                        "TC28-SC38",
                        "ITU-T SG13",
                        "Comments on the draft Recommendation on cloud computing functional requirements",
                        null,
                        today.minusDays(20),
                        null,
                        List.of(),
                        List.of()));
        patents.disclose(
                user("drafter"),
                drafting.id(),
                new PatentDisclosures.DisclosureRequest(
                        "China Cloud Technology Co., Ltd.",
                        "ZL202310001234.5",
                        "Method for measuring the availability of a cloud service",
                        "CN",
                        PatentDisclosure.Licensing.FAIR_REASONABLE_NON_DISCRIMINATORY,
                        today.minusDays(15),
                        "WD v2"));
    }

    private AppUser user(String username) {
        return users.find(username).orElseThrow();
    }
}
