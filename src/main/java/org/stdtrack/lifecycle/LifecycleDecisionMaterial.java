package org.stdtrack.lifecycle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.stdtrack.ballot.BallotResults;
import org.stdtrack.consultation.ResolutionTable;
import org.stdtrack.consultation.ResolutionTables;
import org.stdtrack.document.Document;
import org.stdtrack.document.DocumentKind;
import org.stdtrack.document.Documents;
import org.stdtrack.dossier.SubmissionPackage;
import org.stdtrack.standard.LifecycleTask;
import org.stdtrack.standard.Standard;
import org.stdtrack.tasks.DecisionMaterial;
import org.stdtrack.tasks.TaskDecisions;
import org.stdtrack.tasks.TaskView;
import org.stdtrack.web.Labels;

/**
 * What the lifecycle's decisions weigh. The approver of a proposal: the proposal and the draft outline. A voter
 * and the meeting's secretariat: the draft for review, the drafting explanation and the comments' resolution. The
 * competent department, the approver and the publisher: the package as submitted (each file with its SHA-256),
 * the resolution, the technical review's result, the secretariat's note and, after it, the department's opinion.
 */
@Component
class LifecycleDecisionMaterial implements DecisionMaterial {

    private static final Set<LifecycleTask> REVIEW = Set.of(LifecycleTask.CAST_VOTE, LifecycleTask.HOLD_REVIEW_MEETING);
    private static final Set<LifecycleTask> APPROVAL =
            Set.of(LifecycleTask.REVIEW_SUBMISSION, LifecycleTask.APPROVE_PUBLICATION, LifecycleTask.PUBLISH);

    private final Documents documents;
    private final ResolutionTables resolutions;
    private final SubmissionPackage packages;
    private final BallotResults ballots;
    private final TaskDecisions decisions;
    private final Labels labels;

    LifecycleDecisionMaterial(
            Documents documents,
            ResolutionTables resolutions,
            SubmissionPackage packages,
            BallotResults ballots,
            TaskDecisions decisions,
            Labels labels) {
        this.documents = documents;
        this.resolutions = resolutions;
        this.packages = packages;
        this.ballots = ballots;
        this.decisions = decisions;
        this.labels = labels;
    }

    @Override
    public List<Item> of(TaskView task, Standard standard, Map<String, Object> variables) {
        LifecycleTask decision = LifecycleTask.byId(task.key()).orElse(null);
        List<Item> items = new ArrayList<>();
        if (decision == null) {
            return items;
        }
        if (decision == LifecycleTask.APPROVE_PROPOSAL) {
            items.addAll(newest(standard, List.of(DocumentKind.PROPOSAL, DocumentKind.DRAFT_OUTLINE)));
        } else if (REVIEW.contains(decision)) {
            items.addAll(newest(standard, List.of(DocumentKind.DRAFT_FOR_REVIEW, DocumentKind.DRAFTING_EXPLANATION)));
            items.add(resolution(standard));
        } else if (APPROVAL.contains(decision)) {
            items.addAll(submitted(standard));
            items.add(resolution(standard));
            ballots.latest(standard.id())
                    .ifPresent(result -> items.add(Item.of(labels.text("material.ballot"), result)));
            opinion(standard, LifecycleTask.SUBMIT_FOR_APPROVAL, "material.note", items);
            if (decision != LifecycleTask.REVIEW_SUBMISSION) {
                opinion(standard, LifecycleTask.REVIEW_SUBMISSION, "material.departmentOpinion", items);
            }
        }
        return items;
    }

    private List<Item> newest(Standard standard, List<DocumentKind> kinds) {
        List<Document> found = documents.newest(standard.id(), kinds);
        return kinds.stream()
                .map(kind -> found.stream()
                        .filter(d -> d.kind() == kind)
                        .findFirst()
                        .map(d -> document(standard, d, "material.document"))
                        .orElseGet(() -> Item.of(kindLabel(kind), labels.text("material.documentMissing"))))
                .toList();
    }

    /** The latest submission: the package with its checksum, then each of its files with theirs. */
    private List<Item> submitted(Standard standard) {
        List<Item> items = new ArrayList<>();
        packages.latest(standard).ifPresent(submission -> {
            items.add(new Item(
                    labels.text("material.packageTitle"),
                    labels.text(
                            "material.package", labels.dateTime(submission.submittedAt()), submission.submittedBy()),
                    "/api/standards/" + standard.id() + "/package",
                    "SHA-256 " + submission.packageSha256()));
            documents.byIds(standard.id(), submission.documentIds()).stream()
                    .map(d -> document(standard, d, "material.document"))
                    .forEach(items::add);
        });
        return items;
    }

    private Item document(Standard standard, Document d, String text) {
        return new Item(
                kindLabel(d.kind()),
                labels.text(text, d.version(), labels.dateTime(d.uploadedAt()), d.uploadedBy()),
                "/api/standards/" + standard.id() + "/documents/" + d.id() + "/content",
                "SHA-256 " + d.sha256());
    }

    private Item resolution(Standard standard) {
        ResolutionTable.Summary s = resolutions.of(standard).summary();
        return new Item(
                labels.text("material.resolutionTable"),
                labels.text(
                        "material.resolutions",
                        s.received(),
                        s.accepted(),
                        s.partiallyAccepted(),
                        s.notAccepted(),
                        s.unresolved()),
                "/api/standards/" + standard.id() + "/resolution-table?format=xlsx&lang="
                        + (labels.chinese() ? "zh" : "en"),
                null);
    }

    private void opinion(Standard standard, LifecycleTask task, String label, List<Item> items) {
        decisions.latest(standard.id(), task.id()).ifPresent(d -> {
            String when = labels.dateTime(d.decidedAt());
            String outcome =
                    d.decision() == null ? labels.task(task.id(), task.id()) : labels.value("outcome", d.decision());
            items.add(Item.of(
                    labels.text(label),
                    d.note() == null
                            ? labels.text("material.opinionWithoutNote", outcome, d.decidedBy(), when)
                            : labels.text("material.opinion", outcome, d.decidedBy(), when, d.note())));
        });
    }

    private String kindLabel(DocumentKind kind) {
        return labels.text("documentKind." + kind.name());
    }
}
