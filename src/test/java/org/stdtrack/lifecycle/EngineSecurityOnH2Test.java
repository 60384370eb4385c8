package org.stdtrack.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stdtrack.support.OnH2;

/** The engine runs with its security settings on, as configured by {@link EngineSecurity}. */
@OnH2
class EngineSecurityOnH2Test {

    @Autowired
    ProcessEngineConfigurationImpl configuration;
    @Autowired
    AuthorizationService authorizations;

    @Test
    void authorizationChecksAreOnAndQueriesAreBounded() {
        assertThat(configuration.isAuthorizationEnabled()).isTrue();
        assertThat(configuration.isEnableExpressionsInAdhocQueries()).isFalse();
        assertThat(configuration.getQueryMaxResultsLimit()).isEqualTo(1000);
        assertThat(configuration.getDefaultUserPermissionForTask()).isEqualTo(TaskPermissions.TASK_WORK);
    }

    @Test
    void secretariatsMayStartTheLifecycleAndAdministratorsDoEverything() {
        assertThat(authorizations.isUserAuthorized("someone", java.util.List.of("secretariatTC28SC38"),
                Permissions.CREATE, Resources.PROCESS_INSTANCE)).isTrue();
        assertThat(authorizations.isUserAuthorized("someone", java.util.List.of("reviewerTC28SC38"),
                Permissions.CREATE, Resources.PROCESS_INSTANCE)).isFalse();
        assertThat(authorizations.isUserAuthorized("someone", java.util.List.of("camunda-admin"),
                Permissions.ALL, Resources.AUTHORIZATION)).isTrue();
    }
}
