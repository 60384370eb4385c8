package org.stdtrack.tasks;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.stdtrack.identity.EngineGroups;
import org.stdtrack.identity.Role;
import org.stdtrack.standard.ActionHolders;
import org.stdtrack.standard.StandardPagePart;
import org.stdtrack.standard.StandardPagePart.Fragment;
import org.stdtrack.standard.StandardPagePart.Place;

/** Under a standard's facts: who it waits on and for how long, or what it waits for. */
@Configuration
class ActionHolderPagePart {

    /** A holder as the page words it: a user's name, or the role whose holders make up the group. */
    record Shown(ActionHolders.ActionHolder holder, Role role) {}

    @Bean
    StandardPagePart actionHoldersSection(ActionHolders actionHolders) {
        return StandardPagePart.of(
                Place.AFTER_FACTS,
                5,
                new Fragment("tasks/standard-parts", "actionHolders"),
                (reader, standard, model) -> {
                    ActionHolders.Waiting waiting = actionHolders.of(reader, standard);
                    model.addAttribute(
                            "actionHolders",
                            waiting.actionHolders().stream()
                                    .map(h -> new Shown(
                                            h,
                                            h.group() == null
                                                    ? null
                                                    : EngineGroups.role(h.group())
                                                            .orElse(null)))
                                    .toList());
                    model.addAttribute("waitingFor", waiting.waitingFor());
                });
    }
}
