package jp.bansou.enablement;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the stage's work task shows when it opens: what is recorded so far, the stage's exit criteria as they stand
 * now, and where the stage gate is if the review was asked for.
 */
@Component
@Transactional(readOnly = true)
class StageWork {

    private final StageWorkRecords records;
    private final StageGates gates;
    private final StageGateCheck check;

    StageWork(StageWorkRecords records, StageGates gates, StageGateCheck check) {
        this.records = records;
        this.gates = gates;
        this.check = check;
    }

    /** The task-local variables of a work task opening or staying open: what its form shows. */
    Map<String, Object> shown(String caseNumber, Stage stage, Long gateId) {
        Map<String, Object> shown = new HashMap<>();
        shown.put(EnablementProcess.WORK_RECORDED, recorded(caseNumber, stage));
        shown.put(EnablementProcess.WORK_CRITERIA, criteria(caseNumber, stage));
        gateStatus(gateId).ifPresent(status -> shown.put(EnablementProcess.GATE_STATUS, status));
        return shown;
    }

    /** Refreshes what the open work task of the flow shows, if one is open (not during a gate path's last step). */
    void refresh(DelegateExecution execution) {
        refresh(execution, execution.getProcessInstanceId(), execution.getProcessEngineServices().getTaskService());
    }

    void refresh(VariableScope scope, String processInstanceId, TaskService tasks) {
        Object stage = scope.getVariable(EnablementProcess.STAGE);
        if (stage == null) {
            return;
        }
        Object gateId = scope.getVariable(EnablementProcess.GATE_ID);
        Map<String, Object> shown = shown((String) scope.getVariable(EnablementProcess.CASE_NUMBER),
                Stage.valueOf((String) stage), gateId == null ? null : ((Number) gateId).longValue());
        tasks.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKeyIn(EnablementProcess.STAGE_WORK_TASKS.keySet().toArray(String[]::new)).list()
                .forEach(task -> tasks.setVariablesLocal(task.getId(), shown));
    }

    /** One line per kind of record of the stage, with how many there are (those of earlier visits included). */
    String recorded(String caseNumber, Stage stage) {
        Map<WorkItem, Integer> counts = records.count(caseNumber);
        return WorkItem.recordsOf(stage).stream()
                .map(item -> item.label() + ": " + counts.getOrDefault(item, 0))
                .collect(Collectors.joining("\n"));
    }

    /** The stage's exit criteria checked against everything recorded, without opening a gate. */
    String criteria(String caseNumber, Stage stage) {
        return check.evaluate(stage, records.evidence(caseNumber)).stream().map(CriterionResult::line)
                .collect(Collectors.joining("\n"));
    }

    /** Where the stage gate asked for in this visit of the stage stands; empty if it was not asked for yet. */
    Optional<String> gateStatus(Long gateId) {
        if (gateId == null) {
            return Optional.empty();
        }
        StageGate gate = gates.find(gateId).orElseThrow();
        if (gate.outcome() == GateOutcome.HOLD) {
            return Optional.of("保留中、再確認日 " + gate.recheckOn() + " (On hold: criteria checked again on "
                    + gate.recheckOn() + ")");
        }
        if (gate.overridePending()) {
            return Optional.of("基準未達の通過を管理者が審査中 (A manager is deciding on passing with unmet criteria)");
        }
        return Optional.of("審査中 (The stage-gate review is open)");
    }
}
