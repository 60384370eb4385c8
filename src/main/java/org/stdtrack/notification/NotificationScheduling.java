package org.stdtrack.notification;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The outbox is sent by a scheduled pass on every node; claims keep them from sending a message twice. */
@Configuration
@EnableScheduling
class NotificationScheduling {}
