package jp.bansou.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;

import jp.bansou.BansouTest;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@BansouTest
class HistoryWithoutVariableDetailsTest {

    static final String PROCESS = "variableHistory";

    @Autowired
    ProcessEngine engine;

    String startedWithAVariableChangedTwice() {
        RuntimeService runtime = engine.getRuntimeService();
        TaskService tasks = engine.getTaskService();
        RepositoryService repository = engine.getRepositoryService();
        repository.createDeployment().name(PROCESS).enableDuplicateFiltering(true).addModelInstance(PROCESS + ".bpmn",
                Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1).startEvent().userTask("Task_Look")
                        .endEvent().done()).deploy();
        String id = runtime.startProcessInstanceByKey(PROCESS, Map.of("pace", "STANDARD")).getId();
        engine.getIdentityService().setAuthentication("admin", List.of("camunda-admin")); // the operation log's user
        try {
            runtime.setVariable(id, "pace", "INTENSIVE");
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        String task = tasks.createTaskQuery().processInstanceId(id).singleResult().getId();
        tasks.setVariableLocal(task, "note", "a task variable");
        tasks.complete(task, Map.of("pace", "LIGHT"));
        return id;
    }

    @Test
    void variablesKeepTheirHistoryWithoutADetailRowPerWrite() {
        String id = startedWithAVariableChangedTwice();
        HistoryService history = engine.getHistoryService();

        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(id).list())
                .extracting(HistoricVariableInstance::getName, HistoricVariableInstance::getValue)
                .containsExactlyInAnyOrder(tuple("pace", "LIGHT"), tuple("note", "a task variable"));
        assertThat(history.createHistoricDetailQuery().processInstanceId(id).count()).isZero();
    }

    @Test
    void theRestOfTheHistoryIsStillFull() {
        String id = startedWithAVariableChangedTwice();
        HistoryService history = engine.getHistoryService();

        assertThat(engine.getProcessEngineConfiguration().getHistory()).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL.getName());
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult().getEndTime())
                .isNotNull();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(id).count()).isEqualTo(3);
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(id).count()).isEqualTo(1);
        assertThat(history.createUserOperationLogQuery().processInstanceId(id).operationType("SetVariable").count())
                .isEqualTo(1);
    }
}
