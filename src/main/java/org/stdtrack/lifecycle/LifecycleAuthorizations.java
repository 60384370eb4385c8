package org.stdtrack.lifecycle;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.stdtrack.engine.EngineSecurity.grant;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.stdtrack.identity.EngineGroups;

/**
 * What the engine lets secretariats do with the lifecycle: start it for their committee, and read and
 * update (cancel) the instances of their own committee's standards only.
 */
@Component
class LifecycleAuthorizations extends AbstractProcessEnginePlugin {

    private final JdbcClient jdbc;

    LifecycleAuthorizations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        AuthorizationService authorizations = engine.getAuthorizationService();
        // Committees live in the application's tables, which Flyway has created before the engine.
        for (String committee :
                jdbc.sql("select code from committee").query(String.class).list()) {
            openLifecycleTo(authorizations, committee);
        }
    }

    /** A committee's secretariat starts the lifecycle of its committee's standards. */
    static void openLifecycleTo(AuthorizationService authorizations, String committee) {
        String secretariat = EngineGroups.secretariat(committee);
        grant(
                authorizations,
                secretariat,
                Resources.PROCESS_DEFINITION,
                StandardLifecycleModel.PROCESS_KEY,
                ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.CREATE_INSTANCE);
        grant(authorizations, secretariat, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
    }

    /** Opens one standard's process to its committee's secretariat (cancellation correlates a message). */
    static void openInstanceTo(AuthorizationService authorizations, String processInstanceId, String secretariat) {
        grant(
                authorizations,
                secretariat,
                Resources.PROCESS_INSTANCE,
                processInstanceId,
                Permissions.READ,
                Permissions.UPDATE);
    }
}
