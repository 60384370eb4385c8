package org.stdtrack.notification;

/** What a notification tells its recipient; its subject and text are {@code notification.<KIND>.*} in the bundles. */
public enum NotificationKind {
    /** A task was offered to a group the recipient is in. */
    TASK_OFFERED,
    /** A task was assigned to the recipient (a vote, or by someone else). */
    TASK_ASSIGNED,
    /** A task of the recipient's is due soon (each threshold of {@code stdtrack.policy.reminders}). */
    TASK_DUE_SOON,
    /** A task of the recipient's is past its due date. */
    TASK_PAST_DUE,
    /** A task of the committee is past due by {@code stdtrack.policy.escalate-after}: to its secretariat and the administrators. */
    TASK_ESCALATED,
    /** A consultation the recipient may comment in opened. */
    CONSULTATION_OPENED,
    /** A ballot the recipient voted in (or whose committee's secretariat they are) was counted. */
    BALLOT_RESULT,
    /** The recipient's extension request was decided. */
    EXTENSION_DECIDED,
    /** The recipient's adoption declaration was verified or rejected. */
    ADOPTION_DECIDED,
    /** A standard the recipient watches (or of a committee they watch) changed stage. */
    STAGE_CHANGED,
    /** A standard cited by one of the recipient's committee was withdrawn or superseded: to its secretariat. */
    REFERENCE_OUTDATED,
    /** An international project was published and no national standard adopts it: to its mirror's secretariat. */
    ADOPTION_CANDIDATE,
    /** An international ballot closed without China's national position: to its mirror's secretariat. */
    BALLOT_MISSED,
    /** A programme's enterprises reached a quarter of its target: to its programme managers. */
    ENTERPRISE_MILESTONE,
    /** An event promotes a standard the recipient watches (or one of a committee they watch). */
    PROMOTION_EVENT,
    /** The recipient's webhook was disabled after a day of failed deliveries. */
    WEBHOOK_DISABLED,
    /** The committee answered the recipient's duplication claim. */
    DUPLICATION_CLAIM_ANSWERED
}
