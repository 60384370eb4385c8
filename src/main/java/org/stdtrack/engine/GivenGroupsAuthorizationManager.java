package org.stdtrack.engine;

import java.util.List;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * The engine's authorization checks, without their costliest step. Before checking a user's rights,
 * Camunda narrows the user's groups to those that appear in any authorization, and for that reads the
 * group id of every row of ACT_RU_AUTHORIZATION (a select distinct, once per engine command): a table
 * that grows by a row per candidate group of every open task. A completion made several such scans,
 * and the profile of the throughput benchmark put a sixth of its time there (docs/benchmarks.md;
 * camunda-bpm-platform#5485, CIB seven's authGroupFilterThreshold does the same).
 * <p>
 * The narrowing changes no answer: a group that has no authorization matches none. Its only purpose is
 * to keep the groups' IN list short, and our users belong to a few groups each (a role per committee),
 * so a list up to {@link #MAX_GROUPS_AS_GIVEN} goes to the check as it is; a longer one is narrowed as
 * before.
 */
class GivenGroupsAuthorizationManager extends AuthorizationManager {

    /** Far below the IN-list limits of the databases the engine supports (Oracle's is 1,000). */
    static final int MAX_GROUPS_AS_GIVEN = 100;

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
        if (authenticatedGroupIds == null || authenticatedGroupIds.size() > MAX_GROUPS_AS_GIVEN) {
            return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
        }
        return authenticatedGroupIds;
    }

    /** Makes the engine open this manager wherever it would open its own. */
    static final class Factory implements SessionFactory {

        @Override
        public Class<?> getSessionType() {
            return AuthorizationManager.class;
        }

        @Override
        public Session openSession() {
            return new GivenGroupsAuthorizationManager();
        }
    }
}
