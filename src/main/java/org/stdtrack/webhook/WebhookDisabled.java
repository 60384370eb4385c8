package org.stdtrack.webhook;

/** A hook was disabled after a day of failed deliveries; its owner is told (the notification room listens). */
public record WebhookDisabled(long webhookId, String owner, String url, String reason) {}
