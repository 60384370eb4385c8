package org.stdtrack.proposal;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.stdtrack.standard.Stage;
import org.stdtrack.standard.StandardAccess;
import org.stdtrack.standard.StandardPagePart;
import org.stdtrack.standard.StandardPagePart.Fragment;
import org.stdtrack.standard.StandardPagePart.Place;

/** A proposal's support by its committee and the public comments on it, each with its form. */
@Configuration
class ProposalPageParts {

    private static final String TEMPLATE = "proposal/standard-parts";

    /** Shown while the proposal is prepared, and afterwards where positions were taken. */
    @Bean
    StandardPagePart supportSection(ProposalSupport support, StandardAccess access) {
        return StandardPagePart.of(
                Place.AFTER_DOCUMENTS, 20, new Fragment(TEMPLATE, "support"), (reader, standard, model) -> {
                    ProposalSupport.Standing standing =
                            access.readsWorkingMaterial(reader, standard) ? support.of(reader, standard.id()) : null;
                    boolean preparing = standard.stage() == Stage.PRELIMINARY;
                    model.addAttribute(
                            "proposalSupport",
                            standing != null
                                            && (preparing
                                                    || !standing.positions().isEmpty())
                                    ? standing
                                    : null);
                    model.addAttribute("mayTakePosition", preparing && support.isMember(reader, standard));
                });
    }

    /** The duplication claims: while the proposal is publicly commented, and afterwards where there are any. */
    @Bean
    StandardPagePart duplicationClaimsSection(DuplicationClaims claims) {
        return StandardPagePart.of(
                Place.AFTER_FACTS, 30, new Fragment(TEMPLATE, "duplicationClaims"), (reader, standard, model) -> {
                    boolean open = claims.inCommentPeriod(standard);
                    List<DuplicationClaims.Claim> filed =
                            standard.stage().isPublished() ? List.of() : claims.of(reader, standard.id());
                    model.addAttribute("duplicationClaims", open || !filed.isEmpty() ? filed : null);
                    model.addAttribute("mayClaimDuplication", open);
                    model.addAttribute("mayAnswerClaims", claims.mayAnswer(reader, standard));
                });
    }

    @Bean
    StandardPagePart proposalCommentsSection(ProposalComments comments, StandardAccess access) {
        return StandardPagePart.of(
                Place.AFTER_DOCUMENTS, 70, new Fragment(TEMPLATE, "comments"), (reader, standard, model) -> {
                    model.addAttribute(
                            "proposalComments",
                            access.readsWorkingMaterial(reader, standard)
                                    ? comments.of(reader, standard.id())
                                    : List.of());
                    model.addAttribute("mayRecordProposalComment", comments.mayRecord(reader, standard));
                });
    }
}
