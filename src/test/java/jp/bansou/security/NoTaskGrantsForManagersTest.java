package jp.bansou.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jp.bansou.BansouTest;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@BansouTest
class NoTaskGrantsForManagersTest {

    static final String PROCESS = "sharedTask";

    @Autowired
    ProcessEngine engine;

    Task taskForManagersAndConsultants() {
        engine.getRepositoryService().createDeployment().name(PROCESS).enableDuplicateFiltering(true)
                .addModelInstance(PROCESS + ".bpmn", Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1)
                        .startEvent().userTask("Task_Decide").camundaCandidateGroups("managers, consultants")
                        .endEvent().done())
                .deploy();
        String instance = engine.getRuntimeService().startProcessInstanceByKey(PROCESS).getId();
        return engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
    }

    List<String> groupsGranted(Task task) {
        AuthorizationService authorizations = engine.getAuthorizationService();
        return List.of(Resources.TASK, Resources.HISTORIC_TASK).stream()
                .flatMap(resource -> authorizations.createAuthorizationQuery().resourceType(resource)
                        .resourceId(task.getId()).list().stream())
                .map(Authorization::getGroupId).toList();
    }

    @Test
    void aTaskManagersMayClaimGetsNoGrantsOfItsOwnForThemAndTheirsForOtherCandidates() {
        Task task = taskForManagersAndConsultants();

        assertThat(groupsGranted(task)).containsExactly("consultants", "consultants");
    }

    @Test
    void managersStillSeeClaimAndCompleteTheTaskThroughTheirGlobalGrants() {
        Task task = taskForManagersAndConsultants();
        IdentityService identity = engine.getIdentityService();
        TaskService tasks = engine.getTaskService();

        identity.setAuthentication("manager", List.of(Groups.MANAGERS));
        try {
            assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isOne();
            tasks.claim(task.getId(), "manager");
            tasks.complete(task.getId());
            assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(task.getId()).finished()
                    .count()).isOne();
        } finally {
            identity.clearAuthentication();
        }
    }
}
