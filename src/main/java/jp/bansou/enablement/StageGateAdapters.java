package jp.bansou.enablement;

import static jp.bansou.enablement.StageGateProcess.CASE_NUMBER;
import static jp.bansou.enablement.StageGateProcess.CRITERIA_MET;
import static jp.bansou.enablement.StageGateProcess.GATE_CRITERIA;
import static jp.bansou.enablement.StageGateProcess.GATE_ID;
import static jp.bansou.enablement.StageGateProcess.GATE_OUTCOME;
import static jp.bansou.enablement.StageGateProcess.HOURS_TREND;
import static jp.bansou.enablement.StageGateProcess.OVERRIDE_APPROVED;
import static jp.bansou.enablement.StageGateProcess.OVERRIDE_DECLINED;
import static jp.bansou.enablement.StageGateProcess.OVERRIDE_REQUEST;
import static jp.bansou.enablement.StageGateProcess.RECHECK_ON;
import static jp.bansou.enablement.StageGateProcess.REQUEST_NOTE;
import static jp.bansou.enablement.StageGateProcess.STAGE;
import static jp.bansou.enablement.StageGateProcess.STAGE_LABEL;
import static jp.bansou.enablement.StageGateProcess.UNMET_CRITERIA;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import jp.bansou.enablement.EnablementService.GateDecision;
import jp.bansou.platform.FormValues;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The flow steps of {@code enablement.bpmn} and the gate steps of {@code stage-gate.bpmn}, which each stage calls:
 * thin adapters to {@link EnablementService}.
 */
@Configuration(proxyBeanMethods = false)
class StageGateAdapters {

    /** What a check starts afresh in the gate's instance: a re-check opens a new gate. */
    static final List<String> GATE_VARIABLES = List.of(GATE_ID, CRITERIA_MET, GATE_CRITERIA, UNMET_CRITERIA, RECHECK_ON,
            GATE_OUTCOME, OVERRIDE_REQUEST, OVERRIDE_APPROVED, OVERRIDE_DECLINED, HOURS_TREND);
    /** What the flow keeps of a stage's gate until the next stage starts: the request passed in, the outcome back. */
    static final List<String> FLOW_GATE_VARIABLES = List.of(EnablementProcess.REQUEST_NOTE,
            EnablementProcess.GATE_OUTCOME);

    /** 伴走開始 (Enablement starts): the case enters Dialogue. */
    @Bean
    ExecutionListener startEnablement(EnablementService enablement) {
        return execution -> enablement.start(caseNumber(execution));
    }

    /** Each stage's subprocess starts: the case is in that stage, with no gate open yet. */
    @Bean
    ExecutionListener enterStage(EnablementService enablement) {
        return execution -> {
            Stage stage = EnablementProcess.STAGE_SUBPROCESSES.get(execution.getCurrentActivityId());
            if (stage == null) {
                throw new IllegalStateException("enterStage is not on a stage's subprocess: "
                        + execution.getCurrentActivityId());
            }
            enablement.enterStage(caseNumber(execution), stage);
            execution.getProcessInstance().removeVariables(FLOW_GATE_VARIABLES);
            execution.getProcessInstance().setVariable(STAGE, stage.name());
            execution.getProcessInstance().setVariable(STAGE_LABEL, stage.label());
        };
    }

    /** 自走化達成 (Self-propelled reached). */
    @Bean
    ExecutionListener completeEnablement(EnablementService enablement) {
        return execution -> enablement.complete(caseNumber(execution));
    }

    /** The flow's instance ends, also when the contract's end cancels it: the records stay, the end is noted. */
    @Bean
    ExecutionListener endEnablement(EnablementService enablement) {
        return execution -> enablement.end(caseNumber(execution));
    }

    /** 出口基準の確認 (Check exit criteria): a new gate, its results shown in the review's form. */
    @Bean(StageGateProcess.BEAN_CHECK)
    JavaDelegate checkStageGate(StageGateCheck check, StageWork work) {
        return execution -> {
            Stage stage = Stage.valueOf((String) execution.getVariable(STAGE));
            StageGate gate = check.check(caseNumber(execution), stage, (String) execution.getVariable(REQUEST_NOTE));
            DelegateExecution instance = execution.getProcessInstance();
            boolean recheck = instance.hasVariable(GATE_ID);
            instance.removeVariables(GATE_VARIABLES);
            instance.setVariable(GATE_ID, gate.id());
            instance.setVariable(CRITERIA_MET, gate.criteriaMet());
            instance.setVariable(GATE_CRITERIA, lines(gate.criteria()));
            if (!gate.criteriaMet()) {
                instance.setVariable(UNMET_CRITERIA, lines(gate.unmet()));
            }
            if (!gate.hoursTrend().isEmpty()) {
                instance.setVariable(HOURS_TREND,
                        gate.hoursTrend().stream().map(MonthHours::line).collect(Collectors.joining("\n")));
            }
            // at a re-check the work task stays open; on a request it opens again after this and shows the gate
            if (recheck) {
                work.refresh(gate.caseNumber(), execution.getProcessEngineServices().getTaskService());
            }
        };
    }

    /** ステージゲート審査 (Stage-gate review) with the client. */
    @Bean(StageGateProcess.BEAN_DECIDE)
    TaskListener decideStageGate(EnablementService enablement, StageWork work) {
        return task -> {
            FormValues form = FormValues.of(task);
            long gateId = ((Number) task.getVariable(GATE_ID)).longValue();
            GateOutcome outcome = form.choice("outcome", GateOutcome.class);
            LocalDate recheckOn = outcome == GateOutcome.HOLD
                    ? EnablementTaskListeners.optionalDate(task, form, RECHECK_ON).orElse(null) : null;
            String overrideRequest = form.optionalText(OVERRIDE_REQUEST).orElse(null);
            enablement.decideGate(gateId, new GateDecision(outcome, recheckOn, overrideRequest,
                    form.optionalText("clientAttendees").orElse(null), form.text("gateNote")), form.actor());
            form.discard("outcome", "clientAttendees", "gateNote", RECHECK_ON, OVERRIDE_REQUEST);
            form.set(GATE_OUTCOME, outcome.name());
            if (recheckOn != null) {
                form.set(RECHECK_ON, recheckOn.toString());
            }
            boolean overridePending = outcome == GateOutcome.PASS && !enablement.gate(gateId).isDecided();
            if (overridePending) {
                form.set(OVERRIDE_REQUEST, overrideRequest);
            }
            // the stage goes on (otherwise its work task ends with it): the work task shows where the gate is now
            if (outcome == GateOutcome.HOLD || overridePending) {
                work.refresh(form.caseNumber(), task.getProcessEngineServices().getTaskService());
            }
        };
    }

    /** 基準未達の通過承認 (Approve passing with unmet criteria), by a manager. */
    @Bean(StageGateProcess.BEAN_DECIDE_OVERRIDE)
    TaskListener decideGateOverride(EnablementService enablement, StageWork work) {
        return task -> {
            FormValues form = FormValues.of(task);
            long gateId = ((Number) task.getVariable(GATE_ID)).longValue();
            boolean approve = "APPROVE".equals(form.text("overrideDecision"));
            String reason = form.text("overrideReason");
            enablement.decideOverride(gateId, approve, reason, form.actor());
            form.discard("overrideDecision", "overrideReason", OVERRIDE_REQUEST);
            form.set(OVERRIDE_APPROVED, approve);
            if (!approve) {
                form.set(OVERRIDE_DECLINED, reason);
                work.refresh(form.caseNumber(), task.getProcessEngineServices().getTaskService());
            }
        };
    }

    private static String caseNumber(DelegateExecution execution) {
        return (String) execution.getVariable(CASE_NUMBER);
    }

    private static String lines(List<CriterionResult> results) {
        return results.stream().map(CriterionResult::line).collect(Collectors.joining("\n"));
    }
}
