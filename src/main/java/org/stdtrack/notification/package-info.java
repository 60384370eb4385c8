/**
 * Work finds its people: notifications written with the step that causes them (task offered or assigned, a
 * consultation opening, a watched standard's stage change), shown in each account's inbox and delivered by
 * e-mail from an outbox that loses none and repeats none but the one in flight; preferences; watch lists.
 */
@ApplicationModule(
        allowedDependencies = {
            "adoption",
            "ballot",
            "consultation",
            "engine::clock",
            "engine::processes",
            "export",
            "identity",
            "international",
            "persistence",
            "plan",
            "policy",
            "problem",
            "programme",
            "promotion",
            "proposal",
            "reference",
            "standard",
            "tasks",
            "web",
            "webhook"
        })
package org.stdtrack.notification;

import org.springframework.modulith.ApplicationModule;
