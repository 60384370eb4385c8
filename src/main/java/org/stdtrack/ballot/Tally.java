package org.stdtrack.ballot;

/** The counts of a closed ballot; members who did not vote are {@code eligible - cast()}. */
public record Tally(int eligible, int approve, int approveWithComments, int disapprove, int abstain) {

    public int cast() {
        return approve + approveWithComments + disapprove + abstain;
    }

    public int nonAbstaining() {
        return approve + approveWithComments + disapprove;
    }

    public int approvals() {
        return approve + approveWithComments;
    }
}
