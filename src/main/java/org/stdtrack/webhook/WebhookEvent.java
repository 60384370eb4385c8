package org.stdtrack.webhook;

/** What a webhook may subscribe to: sent as the {@code X-Stdtrack-Event} header and the body's {@code event}. */
public enum WebhookEvent {
    STAGE_CHANGED,
    PUBLISHED,
    BALLOT_CLOSED,
    CONSULTATION_OPENED,
    ADOPTION_VERIFIED
}
