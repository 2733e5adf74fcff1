package jp.bansou.enablement;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Date;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One test per path through {@code stage-gate.bpmn}, on an engine of its own (in-memory H2, no Spring): the beans its
 * expressions name are mocks registered with {@link Mocks}, as camunda-bpm-examples does, so the criteria check
 * decides whether they are met and each test drives the review's routing variables. The real check, review and
 * override run end to end in {@code EnablementProcessTest}.
 */
@Deployment(resources = {"processes/stage-gate.bpmn", "forms/enablement-gate-review.form",
        "forms/enablement-gate-override.form"})
class StageGateProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().useProcessEngine(engine()).build();

    /** Named apart from the Spring context's engine, which other test classes run in the same JVM. */
    static ProcessEngine engine() {
        return ((StandaloneInMemProcessEngineConfiguration) new StandaloneInMemProcessEngineConfiguration()
                .setProcessEngineName("stage-gate-process-test")
                .setJdbcUrl("jdbc:h2:mem:stage-gate-process-test;DB_CLOSE_DELAY=-1")
                .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
                .setJobExecutorActivate(false))
                .setExpressionManager(new MockExpressionManager())
                .buildProcessEngine();
    }

    static final Date RECHECK_AT = Date.from(Instant.parse("2026-12-03T00:00:00Z"));

    JavaDelegate check = mock(JavaDelegate.class);
    TaskListener decide = mock(TaskListener.class);
    TaskListener decideOverride = mock(TaskListener.class);
    GateSchedule schedule = mock(GateSchedule.class);
    boolean criteriaMet;
    long gates;

    @BeforeEach
    void mocks() throws Exception {
        // what the real check leaves for the review: a new gate and whether its criteria are met
        doAnswer(call -> {
            DelegateExecution execution = call.getArgument(0);
            execution.setVariable(StageGateProcess.GATE_ID, ++gates);
            execution.setVariable(StageGateProcess.CRITERIA_MET, criteriaMet);
            return null;
        }).when(check).execute(any());
        when(schedule.recheckAt(anyLong())).thenReturn(RECHECK_AT);
        Mocks.register(StageGateProcess.BEAN_CHECK, check);
        Mocks.register(StageGateProcess.BEAN_DECIDE, decide);
        Mocks.register(StageGateProcess.BEAN_DECIDE_OVERRIDE, decideOverride);
        Mocks.register(StageGateProcess.BEAN_SCHEDULE, schedule);
        BpmnAwareTests.init(engine.getProcessEngine());
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    @AfterAll
    static void close() {
        engine.getProcessEngine().close();
    }

    ProcessInstance requested(boolean met) {
        criteriaMet = met;
        return engine.getRuntimeService().startProcessInstanceByKey(StageGateProcess.PROCESS_ID, "C-2026-0001", Map.of(
                StageGateProcess.CASE_NUMBER, "C-2026-0001", StageGateProcess.CONSULTANT, "consultant",
                StageGateProcess.STAGE, Stage.INSIGHT.name(), StageGateProcess.STAGE_LABEL, Stage.INSIGHT.label()));
    }

    static Map<String, Object> outcome(GateOutcome outcome) {
        return Map.of(StageGateProcess.GATE_OUTCOME, outcome.name());
    }

    @Test
    void passWithEveryCriterionMetEndsTheGatePassed() throws Exception {
        ProcessInstance gate = requested(true);

        assertThat(gate).hasPassed(StageGateProcess.TASK_CHECK_GATE).isWaitingAt(StageGateProcess.TASK_GATE_REVIEW)
                .task().isAssignedTo("consultant");
        Assertions.assertThat(gate.getBusinessKey()).isEqualTo("C-2026-0001");
        complete(task(gate), outcome(GateOutcome.PASS));

        assertThat(gate).hasPassed(StageGateProcess.END_PASSED).isEnded()
                .variables().containsEntry(StageGateProcess.GATE_OUTCOME, "PASS");
        verify(check).execute(any());
        verify(decide).notify(any());
    }

    @Test
    void holdWaitsForTheRecheckDateThenChecksTheCriteriaAgainAndReopensTheReview() throws Exception {
        ProcessInstance gate = requested(false);
        complete(task(gate), outcome(GateOutcome.HOLD));

        assertThat(gate).isWaitingAt(StageGateProcess.EVENT_RECHECK).isNotWaitingAt(StageGateProcess.TASK_GATE_REVIEW);
        Assertions.assertThat(job(gate).getDuedate()).isEqualTo(RECHECK_AT);
        verify(schedule).recheckAt(1L);
        criteriaMet = true;
        execute(job(gate));

        assertThat(gate).isWaitingAt(StageGateProcess.TASK_GATE_REVIEW)
                .variables().containsEntry(StageGateProcess.GATE_ID, 2L).containsEntry(StageGateProcess.CRITERIA_MET, true);
        verify(check, times(2)).execute(any());
        complete(task(gate), outcome(GateOutcome.PASS));
        assertThat(gate).hasPassed(StageGateProcess.EVENT_RECHECK, StageGateProcess.END_PASSED).isEnded();
    }

    @Test
    void backEndsTheGateSentBack() {
        ProcessInstance gate = requested(false);
        complete(task(gate), outcome(GateOutcome.BACK));

        assertThat(gate).hasPassed(StageGateProcess.END_BACK).hasNotPassed(StageGateProcess.TASK_GATE_OVERRIDE)
                .isEnded().variables().containsEntry(StageGateProcess.GATE_OUTCOME, "BACK");
    }

    @Test
    void passWithUnmetCriteriaGoesToAManagerWhoseApprovalPassesTheGate() {
        ProcessInstance gate = requested(false);
        complete(task(gate), outcome(GateOutcome.PASS));

        assertThat(gate).isWaitingAt(StageGateProcess.TASK_GATE_OVERRIDE).task().hasCandidateGroup("managers")
                .isNotAssigned();
        complete(task(gate), Map.of(StageGateProcess.OVERRIDE_APPROVED, true));

        assertThat(gate).hasPassed(StageGateProcess.END_PASSED_BY_OVERRIDE).hasNotPassed(StageGateProcess.END_PASSED)
                .isEnded().variables().containsEntry(StageGateProcess.GATE_OUTCOME, "PASS");
        verify(decideOverride).notify(any());
    }

    @Test
    void aDeclinedOverrideReopensTheReviewOfTheSameGate() throws Exception {
        ProcessInstance gate = requested(false);
        complete(task(gate), outcome(GateOutcome.PASS));
        complete(task(gate), Map.of(StageGateProcess.OVERRIDE_APPROVED, false));

        assertThat(gate).isWaitingAt(StageGateProcess.TASK_GATE_REVIEW).task().isAssignedTo("consultant");
        assertThat(gate).variables().containsEntry(StageGateProcess.GATE_ID, 1L);
        verify(check, times(1)).execute(any());
        complete(task(gate), outcome(GateOutcome.BACK));
        assertThat(gate).hasPassed(StageGateProcess.TASK_GATE_OVERRIDE, StageGateProcess.END_BACK).isEnded();
    }
}
