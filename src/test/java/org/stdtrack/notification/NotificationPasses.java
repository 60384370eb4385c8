package org.stdtrack.notification;

import org.springframework.context.ApplicationContext;

/** A node's scheduled notification passes, run now by a test that cannot wait for their hour. */
public final class NotificationPasses {

    private NotificationPasses() {}

    /** The daily digest pass of that node; returns the digests it sent. */
    public static int digests(ApplicationContext node) {
        return node.getBean(MailDelivery.class).sendDigests();
    }
}
