package org.stdtrack.notification;

/** How a recipient wants notifications by e-mail: each at once, once a day together, or none. */
public enum EmailMode {
    IMMEDIATE,
    DAILY_DIGEST,
    OFF
}
