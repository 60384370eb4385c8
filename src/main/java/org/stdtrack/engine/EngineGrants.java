package org.stdtrack.engine;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * The rights a process's room gives a group on the engine, in the room's terms: starting a model's processes,
 * and reading and updating (cancelling, messaging) one instance. Each grant is made once, on the application's
 * account whoever asks (the user who caused it may not hold the right to grant).
 */
@Component
@NamedInterface("security")
public class EngineGrants {

    private final AuthorizationService authorizations;
    private final EngineCalls engine;

    EngineGrants(AuthorizationService authorizations, EngineCalls engine) {
        this.authorizations = authorizations;
        this.engine = engine;
    }

    /** The group starts processes of the model (and reads its definition). */
    public void openModelTo(String group, String processKey) {
        engine.asApplication(() -> {
            EngineSecurity.grant(
                    authorizations,
                    group,
                    Resources.PROCESS_DEFINITION,
                    processKey,
                    ProcessDefinitionPermissions.READ,
                    ProcessDefinitionPermissions.CREATE_INSTANCE);
            EngineSecurity.grant(authorizations, group, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
        });
    }

    /** The group reads and updates one running instance. */
    public void openInstanceTo(String group, String processInstanceId) {
        engine.asApplication(() -> EngineSecurity.grant(
                authorizations,
                group,
                Resources.PROCESS_INSTANCE,
                processInstanceId,
                Permissions.READ,
                Permissions.UPDATE));
    }

    /**
     * Grants a room makes when the engine starts (before any request), for instance to each committee existing
     * then. Called once per engine build, with no user authenticated.
     */
    @NamedInterface("security")
    public interface AtStart {
        void grant(EngineGrants grants);
    }
}
