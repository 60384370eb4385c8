package org.stdtrack.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
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
        assertThat(authorizations.isUserAuthorized(
                        "someone", List.of("secretariatTC28SC38"), Permissions.CREATE, Resources.PROCESS_INSTANCE))
                .isTrue();
        assertThat(authorizations.isUserAuthorized(
                        "someone", List.of("reviewerTC28SC38"), Permissions.CREATE, Resources.PROCESS_INSTANCE))
                .isFalse();
        assertThat(authorizations.isUserAuthorized(
                        "someone", List.of("camunda-admin"), Permissions.ALL, Resources.AUTHORIZATION))
                .isTrue();
    }

    /**
     * The engine's checks take a user's groups as given (no scan of the authorization table to narrow
     * them first), and answer as before: a group without authorizations adds nothing, a long list is
     * still narrowed.
     */
    @Test
    void theUsersGroupsGoToTheChecksAsGiven() {
        var manager =
                configuration.getCommandExecutorTxRequired().execute(context -> context.getAuthorizationManager());
        assertThat(manager).isInstanceOf(GivenGroupsAuthorizationManager.class);

        List<String> groups = List.of("reviewerTC28SC38", "secretariatTC28SC38", "noSuchGroup");
        assertThat(manager.filterAuthenticatedGroupIds(groups)).isSameAs(groups);
        assertThat(authorizations.isUserAuthorized("someone", groups, Permissions.CREATE, Resources.PROCESS_INSTANCE))
                .isTrue();
        assertThat(authorizations.isUserAuthorized(
                        "someone",
                        List.of("reviewerTC28SC38", "noSuchGroup"),
                        Permissions.CREATE,
                        Resources.PROCESS_INSTANCE))
                .isFalse();

        List<String> many = new ArrayList<>(IntStream.range(0, GivenGroupsAuthorizationManager.MAX_GROUPS_AS_GIVEN)
                .mapToObj(i -> "noSuchGroup" + i)
                .toList());
        many.add("secretariatTC28SC38");
        List<String> narrowed = configuration
                .getCommandExecutorTxRequired()
                .execute(context -> context.getAuthorizationManager().filterAuthenticatedGroupIds(many));
        assertThat(narrowed).containsExactly("secretariatTC28SC38");
        assertThat(authorizations.isUserAuthorized("someone", many, Permissions.CREATE, Resources.PROCESS_INSTANCE))
                .isTrue();
    }
}
