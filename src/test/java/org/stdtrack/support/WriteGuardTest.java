package org.stdtrack.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The guard counts what the schema has, so a table added by a migration is guarded from its first day. */
@OnH2
class WriteGuardTest {

    @Autowired
    WriteGuard guard;

    @Test
    void countsEveryApplicationTableButTheAuditTrail() {
        assertThat(guard.snapshot())
                .containsKeys(
                        "standard",
                        "amendment",
                        "amendment_comment",
                        "translation",
                        "review_meeting",
                        "review_meeting_attendance",
                        "plan_change",
                        "task_reminder",
                        "feed_token",
                        "notification_preference",
                        "open_task_candidate",
                        "engine tasks")
                .doesNotContainKeys("audit_event", "flyway_schema_history", "act_ru_task");
    }
}
