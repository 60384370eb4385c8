package org.stdtrack.lifecycle;

import org.camunda.bpm.engine.AuthorizationService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.stdtrack.engine.EngineCalls;
import org.stdtrack.programme.CommitteeCreated;

/** A committee an administrator adds gets, in the same transaction, the grants each committee has at start. */
@Component
class NewCommitteeGrants {

    private final AuthorizationService authorizations;
    private final EngineCalls engine;

    NewCommitteeGrants(AuthorizationService authorizations, EngineCalls engine) {
        this.authorizations = authorizations;
        this.engine = engine;
    }

    @EventListener
    void on(CommitteeCreated created) {
        engine.asApplication(() -> {
            LifecycleAuthorizations.openLifecycleTo(authorizations, created.code());
            return null;
        });
    }
}
