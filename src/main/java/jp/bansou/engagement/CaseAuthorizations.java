package jp.bansou.engagement;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;

import jp.bansou.platform.NotFoundException;
import jp.bansou.security.Groups;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A consultant sees the process instances of the cases assigned to them: every instance that carries the
 * case number (engagement, enablement, consultations…) is readable by the case's consultant, and so is its
 * history (READ on HISTORIC_PROCESS_INSTANCE, which also opens the instance's historic tasks and activities; the
 * engine checks it per instance with {@code enableHistoricInstancePermissions}), finished instances included. The
 * rights move when the case is reassigned. The engine grants a task's assignee and candidate groups their rights on
 * it; on reassignment the previous consultant's rights on the case's open tasks are revoked here. The grant at each
 * process start comes from {@link CaseAuthorizationsPlugin}.
 */
@Component
class CaseAuthorizations {

    static final String CASE_NUMBER = "caseNumber";

    private final AuthorizationService authorizations;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final EngagementService engagements;
    private final HistoryService history;

    CaseAuthorizations(AuthorizationService authorizations, RuntimeService runtime, TaskService tasks,
            EngagementService engagements, HistoryService history) {
        this.authorizations = authorizations;
        this.runtime = runtime;
        this.tasks = tasks;
        this.engagements = engagements;
        this.history = history;
    }

    @EventListener
    void onConsultantAssigned(ConsultantAssigned assigned) {
        for (ProcessInstance instance : instancesOf(assigned.caseNumber())) {
            if (assigned.previousConsultant() != null) {
                revoke(assigned.previousConsultant(), Resources.PROCESS_INSTANCE, instance.getId());
                // the engine granted the previous assignee rights on each task it was given; they go too
                tasks.createTaskQuery().processInstanceId(instance.getId()).list()
                        .forEach(task -> revoke(assigned.previousConsultant(), Resources.TASK, task.getId()));
            }
            grant(assigned.consultant(), Resources.PROCESS_INSTANCE, instance.getId());
        }
        for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
                .variableValueEquals(CASE_NUMBER, assigned.caseNumber()).list()) {
            if (assigned.previousConsultant() != null) {
                revoke(assigned.previousConsultant(), Resources.HISTORIC_PROCESS_INSTANCE, instance.getId());
            }
            grant(assigned.consultant(), Resources.HISTORIC_PROCESS_INSTANCE, instance.getId());
            // the engine let the candidates of a group task (the hearing) read its history: now it is the case's
            history.createHistoricTaskInstanceQuery().processInstanceId(instance.getId()).list()
                    .forEach(task -> authorizations.createAuthorizationQuery().groupIdIn(Groups.CONSULTANTS)
                            .resourceType(Resources.HISTORIC_TASK).resourceId(task.getId()).list()
                            .forEach(authorization -> authorizations.deleteAuthorization(authorization.getId())));
        }
    }

    /**
     * A process of a case starts (a consultation, the enablement flow…): its consultant may read it. Started from
     * Tasklist, the command runs as the user who started it, who may not manage rights: the grant is the service's.
     * A start naming an unknown case is left to the process, which refuses it with a message naming the field.
     */
    void onProcessStart(DelegateExecution execution) {
        Object caseNumber = execution.getVariable(CASE_NUMBER);
        if (caseNumber instanceof String number) {
            String consultant;
            try {
                consultant = engagements.get(number).consultant();
            } catch (NotFoundException unknownCase) {
                return;
            }
            if (consultant != null) {
                Context.getCommandContext().runWithoutAuthorization(() -> {
                    grant(consultant, Resources.PROCESS_INSTANCE, execution.getProcessInstanceId());
                    grant(consultant, Resources.HISTORIC_PROCESS_INSTANCE, execution.getProcessInstanceId());
                    return null;
                });
            }
        }
    }

    private List<ProcessInstance> instancesOf(String caseNumber) {
        return runtime.createProcessInstanceQuery().variableValueEquals(CASE_NUMBER, caseNumber).list();
    }

    private void grant(String userId, Resources resource, String processInstanceId) {
        if (authorizations.createAuthorizationQuery().userIdIn(userId).resourceType(resource)
                .resourceId(processInstanceId).count() == 0) {
            Authorization authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setUserId(userId);
            authorization.setResource(resource);
            authorization.setResourceId(processInstanceId);
            authorization.addPermission(resource == Resources.HISTORIC_PROCESS_INSTANCE
                    ? HistoricProcessInstancePermissions.READ : Permissions.READ);
            authorizations.saveAuthorization(authorization);
        }
    }

    private void revoke(String userId, Resource resource, String resourceId) {
        authorizations.createAuthorizationQuery().userIdIn(userId).resourceType(resource)
                .resourceId(resourceId).list()
                .forEach(authorization -> authorizations.deleteAuthorization(authorization.getId()));
    }
}
