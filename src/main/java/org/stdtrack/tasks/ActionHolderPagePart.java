package org.stdtrack.tasks;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.stdtrack.standard.ActionHolders;
import org.stdtrack.standard.StandardPagePart;
import org.stdtrack.standard.StandardPagePart.Fragment;
import org.stdtrack.standard.StandardPagePart.Place;

/** Under a standard's facts: who it waits on and for how long, or what it waits for. */
@Configuration
class ActionHolderPagePart {

    @Bean
    StandardPagePart actionHoldersSection(ActionHolders actionHolders) {
        return StandardPagePart.of(
                Place.AFTER_FACTS,
                5,
                new Fragment("tasks/standard-parts", "actionHolders"),
                (reader, standard, model) -> {
                    ActionHolders.Waiting waiting = actionHolders.of(reader, standard);
                    model.addAttribute("actionHolders", waiting.actionHolders());
                    model.addAttribute("waitingFor", waiting.waitingFor());
                });
    }
}
