package org.stdtrack.reference;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.stdtrack.standard.ReferenceWarning;
import org.stdtrack.standard.Stage;
import org.stdtrack.standard.StageChanged;
import org.stdtrack.standard.Standard;
import org.stdtrack.standard.StandardRepository;

/** Tells the standards that cite one when it is withdrawn, or when a revision of it is published. */
@Component
class CitedStandardWatch {

    private final References references;
    private final StandardRepository standards;
    private final ApplicationEventPublisher events;

    CitedStandardWatch(References references, StandardRepository standards, ApplicationEventPublisher events) {
        this.references = references;
        this.standards = standards;
        this.events = events;
    }

    @EventListener
    void on(StageChanged changed) {
        if (changed.to() == changed.from()) {
            return;
        }
        if (changed.to() == Stage.WITHDRAWN) {
            tell(changed.standardId(), ReferenceWarning.Reason.WITHDRAWN);
        } else if (changed.to() == Stage.PUBLISHED) {
            Standard revision = standards.find(changed.standardId()).orElseThrow();
            if (revision.revisionOf() != null) {
                tell(revision.revisionOf(), ReferenceWarning.Reason.SUPERSEDED);
            }
        }
    }

    private void tell(long cited, ReferenceWarning.Reason reason) {
        for (long citing : references.citing(cited)) {
            events.publishEvent(new CitedStandardChanged(citing, cited, reason));
        }
    }
}
