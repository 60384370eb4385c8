package org.stdtrack.ballot;

public enum Vote {
    APPROVE,
    APPROVE_WITH_COMMENTS,
    /** Must give technical reasons. */
    DISAPPROVE,
    ABSTAIN
}
