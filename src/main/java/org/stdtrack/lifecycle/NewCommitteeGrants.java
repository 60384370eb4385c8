package org.stdtrack.lifecycle;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.stdtrack.engine.EngineGrants;
import org.stdtrack.programme.CommitteeCreated;

/** A committee an administrator adds gets, in the same transaction, the grants each committee has at start. */
@Component
class NewCommitteeGrants {

    private final EngineGrants grants;

    NewCommitteeGrants(EngineGrants grants) {
        this.grants = grants;
    }

    @EventListener
    void on(CommitteeCreated created) {
        LifecycleAuthorizations.openLifecycleTo(grants, created.code());
    }
}
