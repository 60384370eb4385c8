package org.stdtrack.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.stdtrack.adoption.AdoptionVerification;
import org.stdtrack.adoption.AdoptionVerification.Decision;
import org.stdtrack.adoption.Adoptions;
import org.stdtrack.adoption.AlignedArea;
import org.stdtrack.identity.AppUser;
import org.stdtrack.identity.UserRepository;
import org.stdtrack.policy.ProgrammeClock;
import org.stdtrack.reference.ReferenceKind;
import org.stdtrack.reference.References;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardRepository;
import org.stdtrack.tasks.Worklist;

/**
 * What the demo programme's people do besides moving standards on: a committee records what a new work item
 * cites, and enterprises (or their association on their behalf) declare that they implement published
 * standards, some verified, one rejected, one waiting.
 */
@Component
@Profile("demo")
class DemoActivity {

    /**
     * A reference the committee records when the citing item is registered: to the demo standard whose title
     * starts with {@code cited}, or, when none does, to that outside document.
     */
    record Citation(String citing, String cited, boolean normative) {}

    /** Made-up enterprises with valid GB 32100 check characters (ECLOUD is enterprise1's own organisation). */
    private record Declarant(String name, String creditCode, String declaredBy) {}

    private static final Declarant ECLOUD =
            new Declarant("E-Cloud Services Co., Ltd.", "91110108MA01ECL0U5", "enterprise1");
    private static final Declarant HUAWEI =
            new Declarant("Huawei Cloud Computing Technologies", "914403001922038216", "association");
    private static final Declarant TENCENT =
            new Declarant("Tencent Cloud Computing (Beijing)", "9144030071526726XG", "association");

    private final References references;
    private final Adoptions adoptions;
    private final Worklist tasks;
    private final StandardRepository standards;
    private final UserRepository users;
    private final ProgrammeClock clock;
    private final Map<String, Long> registered = new HashMap<>();

    DemoActivity(
            References references,
            Adoptions adoptions,
            Worklist tasks,
            StandardRepository standards,
            UserRepository users,
            ProgrammeClock clock) {
        this.references = references;
        this.adoptions = adoptions;
        this.tasks = tasks;
        this.standards = standards;
        this.users = users;
        this.clock = clock;
    }

    /** Records the references of a newly registered item, to the demo standards registered before it. */
    void cite(String title, long id, List<Citation> citations) {
        registered.put(title, id);
        for (Citation c : citations) {
            if (!title.startsWith(c.citing())) {
                continue;
            }
            Long cited = registered.entrySet().stream()
                    .filter(e -> e.getKey().startsWith(c.cited()))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElse(null);
            references.add(
                    user("secretary"),
                    id,
                    new References.NewReference(
                            c.normative() ? ReferenceKind.NORMATIVE : ReferenceKind.INFORMATIVE,
                            cited,
                            cited == null ? c.cited() : null));
        }
    }

    /** Declarations on the published demo standards: two verified, one rejected, one waiting. */
    void adoptions() {
        List<Standard> published = registered.values().stream()
                .map(id -> standards.find(id).orElseThrow())
                .filter(s -> s.stage().isPublished())
                .sorted(java.util.Comparator.comparing(Standard::id))
                .toList();
        if (published.size() < 3) {
            throw new IllegalStateException("the demo needs three published standards for its adoptions");
        }
        decide(declare(ECLOUD, published.get(0), "Public cloud IaaS"), Decision.VERIFY, null);
        decide(declare(HUAWEI, published.get(0), "Hybrid cloud stack"), Decision.VERIFY, null);
        decide(declare(HUAWEI, published.get(1), "Cloud reference platform"), Decision.VERIFY, null);
        decide(
                declare(TENCENT, published.get(1), "Container platform"),
                Decision.REJECT,
                "The evidence shows a product plan, not an implementation.");
        declare(ECLOUD, published.get(2), "Application hosting");
    }

    private long declare(Declarant declarant, Standard standard, String scope) {
        return adoptions
                .declare(
                        user(declarant.declaredBy()),
                        standard.id(),
                        new Adoptions.Declaration(
                                declarant.name(),
                                declarant.creditCode(),
                                scope,
                                scope + " (production)",
                                clock.today().minusDays(20),
                                "https://example.com/adoption/" + declarant.creditCode() + "/" + standard.id(),
                                Set.of(AlignedArea.DELIVERY, AlignedArea.OPERATIONS),
                                null))
                .standardId();
    }

    /** The association verifies (or rejects) the oldest declaration waiting on the standard. */
    private void decide(long standardId, Decision outcome, String comment) {
        AppUser association = user("association");
        var task = tasks.mine(association, standardId).stream()
                .filter(t -> t.key().equals(AdoptionVerification.VERIFY_TASK))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no verification waits on standard " + standardId));
        Map<String, Object> body = new HashMap<>();
        body.put("outcome", outcome.name());
        if (comment != null) {
            body.put("comment", comment);
        }
        tasks.complete(association, task.id(), body);
    }

    private AppUser user(String username) {
        return users.find(username).orElseThrow();
    }
}
