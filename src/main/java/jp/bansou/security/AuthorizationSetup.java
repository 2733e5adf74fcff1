package jp.bansou.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.stereotype.Component;

/**
 * The groups and what each may do, created at start-up if missing (Tasklist's filters: jp.bansou.tasklist).
 * Consultants get Tasklist and the processes they may start; the tasks and instances of their own cases come from
 * the engagement module (its {@code CaseAuthorizations}) and from the engine (assignees and candidate groups of a
 * task get it).
 * Managers see and act on everything and use Cockpit. {@code camunda-admin} has every right.
 */
@Component
class AuthorizationSetup extends AbstractProcessEnginePlugin {

    /** Processes a consultant may start, from Tasklist or the engine REST API. */
    static final List<String> STARTABLE_BY_CONSULTANTS = List.of("engagement", "consultation", "log-time",
            "case-contact", "reverse-time-entry", "case-figures", "give-notice");

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        Groups.ensureExist(engine.getIdentityService());
        AuthorizationService authorizations = engine.getAuthorizationService();

        grant(authorizations, Groups.CONSULTANTS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(authorizations, Groups.CONSULTANTS, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ);
        grant(authorizations, Groups.CONSULTANTS, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
        for (String process : STARTABLE_BY_CONSULTANTS) {
            grant(authorizations, Groups.CONSULTANTS, Resources.PROCESS_DEFINITION, process,
                    ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
        }
        grant(authorizations, Groups.CONSULTANTS, Resources.USER, ANY, Permissions.READ);
        grant(authorizations, Groups.CONSULTANTS, Resources.GROUP, ANY, Permissions.READ);

        grant(authorizations, Groups.MANAGERS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(authorizations, Groups.MANAGERS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        for (Resource everything : List.of(Resources.PROCESS_DEFINITION, Resources.PROCESS_INSTANCE, Resources.TASK,
                Resources.DECISION_DEFINITION, Resources.DECISION_REQUIREMENTS_DEFINITION, Resources.HISTORIC_TASK,
                Resources.HISTORIC_PROCESS_INSTANCE, Resources.REPORT, Resources.DASHBOARD)) {
            grant(authorizations, Groups.MANAGERS, everything, ANY, Permissions.ALL);
        }
        for (Resource readable : List.of(Resources.DEPLOYMENT, Resources.USER, Resources.GROUP, Resources.BATCH)) {
            grant(authorizations, Groups.MANAGERS, readable, ANY, Permissions.READ);
        }
    }

    private static void grant(AuthorizationService authorizations, String group, Resource resource,
            String resourceId, Permission... permissions) {
        boolean exists = authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(resource)
                .resourceId(resourceId).count() > 0;
        if (!exists) {
            Authorization authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(group);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
            for (Permission permission : permissions) {
                authorization.addPermission(permission);
            }
            authorizations.saveAuthorization(authorization);
        }
    }
}
