/**
 * The demo profile only: demo accounts and organisations, and a living demo programme replayed through the real
 * lifecycle with a backdated engine clock.
 */
@ApplicationModule(
        allowedDependencies = {
            "adoption",
            "amendment",
            "ballot",
            "consultation",
            "document",
            "engine::clock",
            "identity",
            "international",
            "liaison",
            "lifecycle",
            "plan",
            "policy",
            "patent",
            "programme",
            "promotion",
            "proposal",
            "reference",
            "standard",
            "standardsystem",
            "tasks",
            "translation"
        })
package org.stdtrack.demo;

import org.springframework.modulith.ApplicationModule;
