package org.stdtrack.notification;

import jakarta.validation.constraints.NotNull;
import java.time.Period;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param reminders how long before a task's due date its people are reminded, once for each
 * @param escalateAfter how long past its due date a task is escalated to its committee's secretariat and the
 *     administrators
 */
@Validated
@ConfigurationProperties("stdtrack.policy")
record ReminderPolicy(
        @NotNull List<Period> reminders, @NotNull Period escalateAfter) {}
