package org.stdtrack.lifecycle;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.stdtrack.ballot.ReviewMeetings;
import org.stdtrack.consultation.Consultations;
import org.stdtrack.document.Document;
import org.stdtrack.document.DocumentKind;
import org.stdtrack.document.Documents;
import org.stdtrack.dossier.SubmissionPackage;
import org.stdtrack.problem.ApiException;
import org.stdtrack.programme.Committee;
import org.stdtrack.programme.ReferenceData;
import org.stdtrack.standard.LifecycleTask;
import org.stdtrack.standard.Standard;

/**
 * The documents a lifecycle task cannot be completed without: the proposal and the draft outline to submit a
 * proposal, where the committee asks for the proposal package; the draft for comments and its drafting
 * explanation to open a consultation; a draft for review made after the consultation opened to submit it to
 * the ballot; the minutes of a review meeting to record its outcome; the documents of the submission package
 * to submit for approval. The gate and the task's page
 * read the same list.
 */
@Component
class RequiredDocuments {

    private final Documents documents;
    private final Consultations consultations;
    private final ReviewMeetings meetings;
    private final ReferenceData referenceData;

    RequiredDocuments(
            Documents documents, Consultations consultations, ReviewMeetings meetings, ReferenceData referenceData) {
        this.referenceData = referenceData;
        this.documents = documents;
        this.consultations = consultations;
        this.meetings = meetings;
    }

    /** A kind the task needs, uploaded after {@code uploadedAfter} if that is set; and the newest there is. */
    record Requirement(DocumentKind kind, Instant uploadedAfter, Document newest) {
        public boolean met() {
            return newest != null
                    && (uploadedAfter == null || newest.uploadedAt().isAfter(uploadedAfter));
        }
    }

    /** What the task needs, with what is there; empty for a task that needs no document. */
    List<Requirement> of(String taskKey, Standard standard) {
        if (LifecycleTask.SUBMIT_PROPOSAL.id().equals(taskKey)) {
            boolean packaged = referenceData
                    .committee(standard.committee())
                    .map(Committee::proposalPackage)
                    .orElse(false);
            return packaged
                    ? check(standard, List.of(DocumentKind.PROPOSAL, DocumentKind.DRAFT_OUTLINE), null)
                    : List.of();
        }
        if (LifecycleTask.OPEN_CONSULTATION.id().equals(taskKey)) {
            return check(standard, List.of(DocumentKind.DRAFT_FOR_COMMENTS, DocumentKind.DRAFTING_EXPLANATION), null);
        }
        if (LifecycleTask.RESOLVE_COMMENTS.id().equals(taskKey)) {
            Instant opened = consultations
                    .latestRound(standard.id())
                    .map(Consultations.Round::openedAt)
                    .orElse(null);
            return check(standard, List.of(DocumentKind.DRAFT_FOR_REVIEW), opened);
        }
        if (LifecycleTask.SUBMIT_DRAFT_FOR_REVIEW.id().equals(taskKey)) {
            return check(standard, List.of(DocumentKind.DRAFT_FOR_REVIEW, DocumentKind.DRAFTING_EXPLANATION), null);
        }
        if (LifecycleTask.HOLD_REVIEW_MEETING.id().equals(taskKey)) {
            // The minutes with the signature sheet of this meeting: uploaded after it.
            return check(
                    standard,
                    List.of(DocumentKind.REVIEW_MINUTES),
                    meetings.minutesFrom(standard.id()).orElse(null));
        }
        if (LifecycleTask.SUBMIT_FOR_APPROVAL.id().equals(taskKey)) {
            return check(standard, SubmissionPackage.REQUIRED, null);
        }
        return List.of();
    }

    /** 409 naming each missing kind, when one is. */
    void require(LifecycleTask task, Standard standard) {
        List<Requirement> unmet =
                of(task.id(), standard).stream().filter(r -> !r.met()).toList();
        if (!unmet.isEmpty()) {
            Instant after = unmet.get(0).uploadedAfter();
            throw ApiException.conflict(task.id() + " on standard " + standard.id() + " needs "
                            + unmet.stream().map(RequiredDocuments::describe).collect(Collectors.joining(" and "))
                            + ": upload it first.")
                    .withText(
                            after == null ? "problem.documentsMissing" : "problem.documentsMissingSince",
                            unmet.stream().map(Requirement::kind).toList(),
                            after == null ? "" : after);
        }
    }

    private static String describe(Requirement r) {
        return r.kind().name()
                + (r.uploadedAfter() == null
                        ? ""
                        : " uploaded after " + r.uploadedAfter()
                                + Optional.ofNullable(r.newest())
                                        .map(d -> " (the newest, version " + d.version() + ", is from " + d.uploadedAt()
                                                + ")")
                                        .orElse(""));
    }

    private List<Requirement> check(Standard standard, List<DocumentKind> kinds, Instant uploadedAfter) {
        List<Document> newest = documents.newest(standard.id(), kinds);
        return kinds.stream()
                .map(kind -> new Requirement(
                        kind,
                        uploadedAfter,
                        newest.stream()
                                .filter(d -> d.kind() == kind)
                                .findFirst()
                                .orElse(null)))
                .toList();
    }
}
