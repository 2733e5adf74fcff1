package jp.bansou.security;

import java.util.Set;

import jp.bansou.platform.EngineExtensions;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CreateMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteGroupCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes {@link IdentityChanged} when an engine command changes a user (its password, e-mail or existence) or a
 * group membership. Camunda's identity service announces no changes, and Admin and the engine REST API call it
 * directly, so the engine's own commands are watched: an interceptor inside the command's transaction, after the
 * command ran without error.
 */
@Component
class IdentityChangeEvents extends AbstractProcessEnginePlugin {

    private static final Set<Class<?>> CHANGES = Set.of(SaveUserCmd.class, DeleteUserCmd.class,
            CreateMembershipCmd.class, DeleteMembershipCmd.class, DeleteGroupCmd.class);

    private final ApplicationEventPublisher events;

    IdentityChangeEvents(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        EngineExtensions.addCommandInterceptorAfterEngine(configuration, new CommandInterceptor() {
            @Override
            public <T> T execute(Command<T> command) {
                T result = next.execute(command);
                if (CHANGES.contains(command.getClass())) {
                    events.publishEvent(new IdentityChanged());
                }
                return result;
            }
        });
    }
}
