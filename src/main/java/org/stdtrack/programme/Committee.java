package org.stdtrack.programme;

/**
 * A technical committee (or subcommittee) that develops standards: a national one (SAC/TC...) develops
 * national standards, a sector one sector standards numbered with its {@code sectorPrefix} (YD/T, SJ/T...).
 * The rest are the committee's own procedural settings (domain reference, section 3): how it reviews drafts,
 * how it supports proposals, whether a proposal needs its package (the proposal, the draft outline and the work
 * plan) to be submitted, whether the drafting organisation's members are recused from the vote, the
 * department that reviews its submissions before the approver, and the bases its votes are counted on.
 */
public record Committee(
        String code,
        Level level,
        String nameEn,
        String nameZh,
        String sectorPrefix,
        ReviewMode reviewMode,
        ProposalSupport proposalSupport,
        int proposalSupporters,
        boolean proposalPackage,
        boolean recusal,
        CompetentDepartment competentDepartment,
        CountingBases ballotRule) {

    public enum Level {
        NATIONAL,
        SECTOR;

        /** National review is a meeting (会审); a sector committee may review by correspondence (函审). */
        public ReviewMode defaultReviewMode() {
            return this == NATIONAL ? ReviewMode.MEETING : ReviewMode.CORRESPONDENCE;
        }
    }

    /** How the technical review is held: a review meeting, or a ballot by correspondence. */
    public enum ReviewMode {
        MEETING,
        CORRESPONDENCE
    }

    /** How the committee supports a member's proposal before the approver evaluates it. */
    public enum ProposalSupport {
        NONE,
        SUPPORTERS,
        VOTE
    }

    /**
     * The department (主管部门) that reviews a committee's submissions for approval before the approver, and
     * whose approver group acts for it.
     */
    public enum CompetentDepartment {
        MIIT
    }
}
