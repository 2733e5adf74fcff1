package jp.bansou.enablement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.TaskService;

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
    Map<String, Object> shown(String caseNumber, Stage stage) {
        Map<String, Object> shown = new HashMap<>();
        shown.put(EnablementProcess.WORK_RECORDED, recorded(caseNumber, stage));
        shown.put(EnablementProcess.WORK_CRITERIA, criteria(caseNumber, stage));
        openGate(caseNumber).map(StageWork::gateStatus)
                .ifPresent(status -> shown.put(EnablementProcess.GATE_STATUS, status));
        return shown;
    }

    /**
     * Refreshes what the case's open work task shows, if one is open. Called from the case's stage gate too (a
     * called instance of its own), so the task is found by the case, the business key of both.
     */
    void refresh(String caseNumber, TaskService tasks) {
        tasks.createTaskQuery().processInstanceBusinessKey(caseNumber)
                .taskDefinitionKeyIn(EnablementProcess.STAGE_WORK_TASKS.keySet().toArray(String[]::new)).list()
                .forEach(task -> tasks.setVariablesLocal(task.getId(),
                        shown(caseNumber, EnablementProcess.STAGE_WORK_TASKS.get(task.getTaskDefinitionKey()))));
    }

    /**
     * The gate asked for in this visit of the stage, while it is open: under review, awaiting a manager or on hold.
     * Gates follow one another (one is open at a time), so it is the case's latest one unless that was decided: a
     * pass or a back ends the visit.
     */
    Optional<StageGate> openGate(String caseNumber) {
        List<StageGate> gates = this.gates.ofCase(caseNumber);
        return gates.isEmpty() ? Optional.empty() : Optional.of(gates.get(gates.size() - 1))
                .filter(gate -> gate.outcome() == null || gate.outcome() == GateOutcome.HOLD);
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

    /** Where an open gate stands, as the work task shows it. */
    static String gateStatus(StageGate gate) {
        if (gate.outcome() == GateOutcome.HOLD) {
            return "保留中、再確認日 " + gate.recheckOn() + " (On hold: criteria checked again on "
                    + gate.recheckOn() + ")";
        }
        if (gate.overridePending()) {
            return "基準未達の通過を管理者が審査中 (A manager is deciding on passing with unmet criteria)";
        }
        return "審査中 (The stage-gate review is open)";
    }
}
