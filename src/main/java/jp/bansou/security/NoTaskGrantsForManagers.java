package jp.bansou.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The engine's default authorizations for tasks, except that a task whose candidate group is {@code managers} gets no
 * grant of its own for them: managers hold every permission on every task and its history already
 * ({@link AuthorizationSetup}). The engine wrote two rows for each such task (the task and the historic task, with
 * the historic one's removal time), e.g. for every escalation (README, Performance). Grants to consultants, assignees
 * and owners are written as before.
 */
@Component
class NoTaskGrantsForManagers extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new Provider());
    }

    static final class Provider extends DefaultAuthorizationProvider {

        @Override
        public AuthorizationEntity @Nullable [] newTaskGroupIdentityLink(Task task, String groupId, String type) {
            if (Groups.MANAGERS.equals(groupId)) {
                return null;
            }
            return super.newTaskGroupIdentityLink(task, groupId, type);
        }
    }
}
