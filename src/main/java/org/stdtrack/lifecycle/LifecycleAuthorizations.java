package org.stdtrack.lifecycle;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.stdtrack.engine.EngineGrants;
import org.stdtrack.identity.EngineGroups;

/**
 * What the engine lets secretariats do with the lifecycle: start it for their committee, and read and
 * update (cancel) the instances of their own committee's standards only.
 */
@Component
class LifecycleAuthorizations implements EngineGrants.AtStart {

    private final JdbcClient jdbc;

    LifecycleAuthorizations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void grant(EngineGrants grants) {
        // Committees live in the application's tables, which Flyway has created before the engine.
        for (String committee :
                jdbc.sql("select code from committee").query(String.class).list()) {
            openLifecycleTo(grants, committee);
        }
    }

    /** A committee's secretariat starts the lifecycle of its committee's standards. */
    static void openLifecycleTo(EngineGrants grants, String committee) {
        grants.openModelTo(EngineGroups.secretariat(committee), StandardLifecycleModel.PROCESS_KEY);
    }

    /** Opens one standard's process to its committee's secretariat (cancellation correlates a message). */
    static void openInstanceTo(EngineGrants grants, String processInstanceId, String committee) {
        grants.openInstanceTo(EngineGroups.secretariat(committee), processInstanceId);
    }
}
