package org.stdtrack.lifecycle;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.stdtrack.identity.EngineGroups;

/**
 * The engine checks authorizations for every call made on a user's behalf. Candidate groups and
 * assignees get read and work permissions on their tasks (Camunda's default provider); secretariats
 * may start the lifecycle, and each started instance is opened to its own committee's secretariat only.
 * Administrators belong to camunda-admin, which holds every permission.
 */
@Component
class EngineSecurity extends AbstractProcessEnginePlugin {

    private final JdbcClient jdbc;
    private final int queryMaxResults;

    EngineSecurity(JdbcClient jdbc, @Value("${stdtrack.engine.query-max-results:1000}") int queryMaxResults) {
        this.jdbc = jdbc;
        this.queryMaxResults = queryMaxResults;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setAuthorizationEnabled(true);
        // Candidates may claim and complete a task, not rewrite it.
        configuration.setDefaultUserPermissionForTask(TaskPermissions.TASK_WORK);
        configuration.setEnableExpressionsInAdhocQueries(false);
        configuration.setQueryMaxResultsLimit(queryMaxResults);
        List<SessionFactory> sessionFactories = new ArrayList<>();
        if (configuration.getCustomSessionFactories() != null) {
            sessionFactories.addAll(configuration.getCustomSessionFactories());
        }
        sessionFactories.add(new GivenGroupsAuthorizationManager.Factory());
        configuration.setCustomSessionFactories(sessionFactories);
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        AuthorizationService authorizations = engine.getAuthorizationService();
        for (Resources resource : Resources.values()) {
            grant(authorizations, EngineGroups.ENGINE_ADMIN, resource, ANY, Permissions.ALL);
        }
        // Committees live in the application's tables, which Flyway has created before the engine.
        for (String committee : jdbc.sql("select code from committee").query(String.class).list()) {
            String secretariat = EngineGroups.secretariat(committee);
            grant(authorizations, secretariat, Resources.PROCESS_DEFINITION, ProcessVariables.PROCESS_KEY,
                    ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
            grant(authorizations, secretariat, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
        }
    }

    /** Opens one standard's process to its committee's secretariat (cancellation correlates a message). */
    static void openInstanceTo(AuthorizationService authorizations, String processInstanceId, String secretariat) {
        grant(authorizations, secretariat, Resources.PROCESS_INSTANCE, processInstanceId, Permissions.READ, Permissions.UPDATE);
    }

    private static void grant(AuthorizationService authorizations, String group, Resource resource, String resourceId,
                              Permission... permissions) {
        boolean exists = authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT).groupIdIn(group)
                .resourceType(resource).resourceId(resourceId).count() > 0;
        if (exists) {
            return;
        }
        var authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        authorization.setGroupId(group);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        List.of(permissions).forEach(authorization::addPermission);
        authorizations.saveAuthorization(authorization);
    }
}
