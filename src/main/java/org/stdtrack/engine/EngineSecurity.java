package org.stdtrack.engine;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.stdtrack.identity.EngineGroups;

/**
 * The engine checks authorizations for every call made on a user's behalf. Candidate groups and
 * assignees get read and work permissions on their tasks (Camunda's default provider); what each process
 * grants beyond that is its own, through {@link EngineGrants} (the lifecycle's: {@code LifecycleAuthorizations}). Administrators belong
 * to camunda-admin, which holds every permission.
 */
@Component
class EngineSecurity extends AbstractProcessEnginePlugin {

    private final int queryMaxResults;
    private final ObjectProvider<EngineGrants.AtStart> grantsAtStart;

    EngineSecurity(
            @Value("${stdtrack.engine.query-max-results:1000}") int queryMaxResults,
            ObjectProvider<EngineGrants.AtStart> grantsAtStart) {
        this.queryMaxResults = queryMaxResults;
        this.grantsAtStart = grantsAtStart;
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
        EngineGrants grants = new EngineGrants(authorizations, new EngineCalls(engine.getIdentityService()));
        grantsAtStart.orderedStream().forEach(room -> room.grant(grants));
    }

    /** Grants the group these permissions on the resource, unless a grant for it exists already. */
    static void grant(
            AuthorizationService authorizations,
            String group,
            Resource resource,
            String resourceId,
            Permission... permissions) {
        boolean exists = authorizations
                        .createAuthorizationQuery()
                        .authorizationType(AUTH_TYPE_GRANT)
                        .groupIdIn(group)
                        .resourceType(resource)
                        .resourceId(resourceId)
                        .count()
                > 0;
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
