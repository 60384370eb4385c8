package org.stdtrack.ballot;

/**
 * The counts of a closed ballot: every member on its roll ({@code members}, the recused included), those
 * eligible to vote, and the votes; members who did not vote are {@code eligible - cast()}.
 */
public record Tally(int members, int eligible, int approve, int approveWithComments, int disapprove, int abstain) {

    public int cast() {
        return approve + approveWithComments + disapprove + abstain;
    }

    public int nonAbstaining() {
        return approve + approveWithComments + disapprove;
    }

    public int approvals() {
        return approve + approveWithComments;
    }

    /** The result as the stage event records it, naming counts only, never a voter or a vote's reasons. */
    public String summary(boolean passed) {
        return (passed ? "passed: " : "failed: ") + approvals() + " approve"
                + (approveWithComments > 0 ? " (" + approveWithComments + " with comments)" : "")
                + ", " + disapprove + " disapprove, " + abstain + " abstain, " + (eligible - cast()) + " not voted";
    }
}
