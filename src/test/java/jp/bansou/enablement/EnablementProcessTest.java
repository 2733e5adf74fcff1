package jp.bansou.enablement;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.bansou.engagement.EngagementProcess;
import jp.bansou.BansouTest;
import jp.bansou.contract.ContractService;
import jp.bansou.contract.NoticeKind;
import jp.bansou.contract.NoticeRequest;
import jp.bansou.contract.Party;
import jp.bansou.contract.RenewalDecision;
import jp.bansou.hours.HourLedger;
import jp.bansou.hours.MonthlyBalance;
import jp.bansou.hours.TimeEntry;
import jp.bansou.hours.TimeEntryCategory;
import jp.bansou.plan.Plan;
import jp.bansou.platform.BusinessTime;
import jp.bansou.platform.InvalidInputException;
import jp.bansou.testing.EngagementFixture;
import jp.bansou.testing.TestClock;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One test per path through {@code enablement.bpmn} with its stages' gates ({@code stage-gate.bpmn}, whose own paths
 * {@link StageGateProcessTest} covers) end to end, driven through the engagement process from a signed contract.
 */
@BansouTest
class EnablementProcessTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final LocalDate START = LocalDate.of(2026, 12, 1);

    @Autowired
    EngagementFixture fixture;
    @Autowired
    EnablementService enablement;
    @Autowired
    ContractService contracts;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    HourLedger hours;

    static final String DIALOGUE = EnablementProcess.TASK_DIALOGUE_WORK;
    static final String INSIGHT = EnablementProcess.TASK_INSIGHT_WORK;
    static final String BUY_IN = EnablementProcess.TASK_BUY_IN_WORK;
    static final String SELF_PROPELLED = EnablementProcess.TASK_SELF_PROPELLED_WORK;
    static final String REVIEW = StageGateProcess.TASK_GATE_REVIEW;
    static final String OVERRIDE = StageGateProcess.TASK_GATE_OVERRIDE;

    String caseNumber;
    ProcessInstance flow;

    @BeforeEach
    void today() {
        TestClock.setTokyo(TODAY);
    }

    void signed(Plan plan) {
        caseNumber = fixture.signedContract(plan, START);
        flow = processInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(EnablementProcess.PROCESS_ID).singleResult();
    }

    ProcessInstance engagement() {
        return processInstanceQuery().processInstanceBusinessKey(caseNumber).processDefinitionKey("engagement")
                .singleResult();
    }

    // --- what a consultant fills in

    static Map<String, Object> hearing(StakeholderRole role) {
        return Map.of("stakeholder", role == StakeholderRole.MANAGEMENT ? "佐藤 社長 (CEO)" : "田中 課長 (Team lead)",
                "stakeholderRole", role.name(), "heldOn", TODAY.toString(),
                "notes", "会議で何も決まらない (Meetings decide nothing)");
    }

    static Map<String, Object> blockage() {
        return Map.of("area", "BUSINESS_PROCESS", "blockage", "承認が社長に集中している (Every approval waits for the CEO)");
    }

    static Map<String, Object> decisionPoint(String options) {
        return Map.of("question", "承認権限を委譲するか (Delegate approvals?)", "decisionOwner", "佐藤 社長 (CEO)",
                "options", options);
    }

    static Map<String, Object> firstTheme() {
        return Map.of("theme", "会議で決める (Meetings that decide)", "priority", 1, "agreedWith", "佐藤 社長 (CEO)",
                "agreedOn", TODAY.toString());
    }

    static Map<String, Object> action() {
        return Map.of("action", "議題を前日までに共有 (Share the agenda the day before)", "owner", "田中 課長",
                "dueOn", TestClock.todayTokyo().plusDays(14).toString());
    }

    static Map<String, Object> attendedMeeting(boolean decided) {
        Map<String, Object> meeting = new HashMap<>(Map.of("heldOn", TestClock.todayTokyo().toString(),
                "title", "部門会議 (Team meeting)",
                "meetingNotes", "論点を絞った (Narrowed the issues)", "endedInDecision", decided ? "YES" : "NO"));
        if (decided) {
            meeting.put("decision", "来月から新しい承認フロー (New approval flow from next month)");
        }
        return meeting;
    }

    static Map<String, Object> review(boolean withoutConsultant) {
        return Map.of("heldOn", TODAY.toString(), "withoutConsultant", withoutConsultant ? "YES" : "NO",
                "notes", "月次レビュー (Monthly review)");
    }

    static Map<String, Object> promoter() {
        return Map.of("promoterName", "鈴木 花子", "position", "経営企画 (Corporate planning)", "namedOn", TODAY.toString());
    }

    static Map<String, Object> review(GateOutcome outcome) {
        return new HashMap<>(Map.of("outcome", outcome.name(), "gateNote", "クライアントと確認 (Reviewed with the client)",
                "clientAttendees", "佐藤 社長, 田中 課長"));
    }

    void complete(String taskKey, Map<String, Object> values) {
        fixture.complete(caseNumber, taskKey, values);
    }

    /** Records one item on the stage's work task. */
    void record(String workTask, WorkItem item, Map<String, Object> values) {
        Map<String, Object> submitted = new HashMap<>(values);
        submitted.put(EnablementProcess.WORK_ITEM, item.name());
        complete(workTask, submitted);
    }

    void requestGate(String workTask) {
        record(workTask, WorkItem.REQUEST_GATE, Map.of());
    }

    /** Asks for the gate of the stage and completes its review with the outcome. */
    void gate(String workTask, Map<String, Object> review) {
        requestGate(workTask);
        complete(REVIEW, review);
    }

    /** The stage's gate open now: the instance of stage-gate.bpmn the flow called. */
    ProcessInstance gateInstance() {
        return processInstanceQuery().superProcessInstanceId(flow.getId())
                .processDefinitionKey(StageGateProcess.PROCESS_ID).singleResult();
    }

    /** Whether the gate of the stage (its last visit's) went through the element of stage-gate.bpmn. */
    boolean gatePassed(Stage stage, String activityId) {
        List<HistoricProcessInstance> gates = history.createHistoricProcessInstanceQuery()
                .superProcessInstanceId(flow.getId()).processDefinitionKey(StageGateProcess.PROCESS_ID)
                .variableValueEquals(StageGateProcess.STAGE, stage.name()).list();
        return gates.stream().anyMatch(gate -> history.createHistoricActivityInstanceQuery()
                .processInstanceId(gate.getId()).activityId(activityId).count() > 0);
    }

    void passDialogue() {
        record(DIALOGUE, WorkItem.STAKEHOLDER_HEARING, hearing(StakeholderRole.MANAGEMENT));
        record(DIALOGUE, WorkItem.STAKEHOLDER_HEARING, hearing(StakeholderRole.FIELD));
        record(DIALOGUE, WorkItem.BLOCKAGE, blockage());
        gate(DIALOGUE, review(GateOutcome.PASS));
    }

    void passInsight() {
        record(INSIGHT, WorkItem.DECISION_POINT, decisionPoint("委譲する (Delegate)\n現状維持 (Keep as is)"));
        record(INSIGHT, WorkItem.THEME_PRIORITY, firstTheme());
        gate(INSIGHT, review(GateOutcome.PASS));
    }

    void passBuyIn() {
        record(BUY_IN, WorkItem.ACTION, action());
        record(BUY_IN, WorkItem.ATTENDED_MEETING, attendedMeeting(true));
        record(BUY_IN, WorkItem.ATTENDED_MEETING, attendedMeeting(true));
        gate(BUY_IN, review(GateOutcome.PASS));
    }

    /** A variable of the open task itself (what the work task shows). */
    Object shown(String taskKey, String name) {
        return tasks.getVariableLocal(fixture.task(caseNumber, taskKey).getId(), name);
    }

    // --- timers

    Job timer(String processInstanceId, String activityId) {
        return jobQuery().processInstanceId(processInstanceId).activityId(activityId).singleResult();
    }

    static Date tokyo(LocalDateTime time) {
        return Date.from(time.atZone(BusinessTime.ZONE).toInstant());
    }

    static LocalDate dayOf(Job job) {
        return job.getDuedate().toInstant().atZone(BusinessTime.ZONE).toLocalDate();
    }

    void fire(String processInstanceId, String activityId) {
        Job job = timer(processInstanceId, activityId);
        Assertions.assertThat(job).as("timer at " + activityId).isNotNull();
        TestClock.setTokyo(ZonedDateTime.ofInstant(job.getDuedate().toInstant(), BusinessTime.ZONE).toLocalDateTime());
        execute(job);
    }

    @Nested
    class Stages {

        @BeforeEach
        void sign() {
            signed(Plan.STANDARD);
        }

        @Test
        void signingStartsTheFlowInDialogueWithOneWorkTaskForTheConsultant() {
            assertThat(flow).isStarted().isWaitingAt(DIALOGUE, EnablementProcess.EVENT_NEXT_MEETING);
            Assertions.assertThat(flow.getBusinessKey()).isEqualTo(caseNumber);
            Assertions.assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).list())
                    .singleElement().satisfies(task -> {
                        Assertions.assertThat(task.getTaskDefinitionKey()).isEqualTo(DIALOGUE);
                        Assertions.assertThat(task.getAssignee()).isEqualTo("consultant");
                        Assertions.assertThat(task.getName()).isEqualTo("ステージの作業記録：対話 (Stage work: Dialogue)");
                    });
            assertThat(engagement()).isWaitingAt(EngagementProcess.CALL_ACTIVITY_ENABLEMENT, EngagementProcess.EVENT_RENEWAL_REVIEW_DUE);
            Assertions.assertThat(enablement.get(caseNumber).stage()).isEqualTo(Stage.DIALOGUE);
            Assertions.assertThat((String) shown(DIALOGUE, EnablementProcess.WORK_RECORDED)).isEqualTo("""
                    関係者ヒアリング (Stakeholder hearings): 0
                    対話セッション (Dialogue sessions): 0
                    詰まりの言語化 (Blockages written down): 0""");
            Assertions.assertThat((String) shown(DIALOGUE, EnablementProcess.WORK_CRITERIA))
                    .contains("✖ 経営側の関係者から話を聞いた").contains("✖ 詰まりが言語化されている");
            Assertions.assertThat(shown(DIALOGUE, EnablementProcess.GATE_STATUS)).isNull();
            Assertions.assertThat(runtime.getVariables(flow.getId()))
                    .containsOnlyKeys(EnablementProcess.CASE_NUMBER, "organisation", EnablementProcess.CONSULTANT, EnablementProcess.STAGE, EnablementProcess.STAGE_LABEL);
        }

        @Test
        void theWorkTaskOpensAgainEmptyAfterEachRecordWithWhatIsRecordedAndTheCriteriaAsTheyStand() {
            record(DIALOGUE, WorkItem.STAKEHOLDER_HEARING, hearing(StakeholderRole.MANAGEMENT));
            record(DIALOGUE, WorkItem.STAKEHOLDER_HEARING, hearing(StakeholderRole.FIELD));
            record(DIALOGUE, WorkItem.DIALOGUE_SESSION, Map.of("sessionOn", TODAY.toString(),
                    "participants", "社長と現場リーダー", "sessionNotes", "互いの前提を言葉にした (Put each side's assumptions into words)"));

            Assertions.assertThat(enablement.evidence(caseNumber).hearings()).extracting(h -> h.role())
                    .containsExactly(StakeholderRole.MANAGEMENT, StakeholderRole.FIELD);
            assertThat(flow).isWaitingAt(DIALOGUE);
            Assertions.assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(flow.getId())
                    .taskDefinitionKey(DIALOGUE).finished().count()).isEqualTo(3);
            Assertions.assertThat((String) shown(DIALOGUE, EnablementProcess.WORK_RECORDED))
                    .contains("関係者ヒアリング (Stakeholder hearings): 2").contains("対話セッション (Dialogue sessions): 1")
                    .contains("詰まりの言語化 (Blockages written down): 0");
            Assertions.assertThat((String) shown(DIALOGUE, EnablementProcess.WORK_CRITERIA))
                    .contains("✔ 経営側の関係者から話を聞いた").contains("✔ 現場の関係者から話を聞いた")
                    .contains("✖ 詰まりが言語化されている");
            Assertions.assertThat(runtime.getVariables(flow.getId()))
                    .containsOnlyKeys(EnablementProcess.CASE_NUMBER, "organisation", EnablementProcess.CONSULTANT, EnablementProcess.STAGE, EnablementProcess.STAGE_LABEL);
        }

        @Test
        void onlyTheFieldsOfTheKindChosenAreRequiredAndKept() {
            Map<String, Object> blockageWithHearingFields = new HashMap<>(blockage());
            blockageWithHearingFields.putAll(hearing(StakeholderRole.FIELD));
            blockageWithHearingFields.put("stakeholderRole", "CUSTOMER");

            assertThatThrownBy(() -> record(DIALOGUE, WorkItem.BLOCKAGE, Map.of("area", "IT_DX")))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("blockage: is required")
                    .hasMessageNotContaining("stakeholder");
            record(DIALOGUE, WorkItem.BLOCKAGE, blockageWithHearingFields);

            Assertions.assertThat(enablement.evidence(caseNumber).blockages()).hasSize(1);
            Assertions.assertThat(enablement.evidence(caseNumber).hearings()).isEmpty();
            Assertions.assertThat(runtime.getVariables(flow.getId()))
                    .containsOnlyKeys(EnablementProcess.CASE_NUMBER, "organisation", EnablementProcess.CONSULTANT, EnablementProcess.STAGE, EnablementProcess.STAGE_LABEL);
        }

        @Test
        void aRecordWithBadValuesIsRefusedAndNothingIsWritten() {
            Map<String, Object> future = new HashMap<>(hearing(StakeholderRole.FIELD));
            future.put("heldOn", TODAY.plusDays(1).toString());
            Map<String, Object> noRole = new HashMap<>(hearing(StakeholderRole.FIELD));
            noRole.put("stakeholderRole", "CUSTOMER");

            assertThatThrownBy(() -> record(DIALOGUE, WorkItem.STAKEHOLDER_HEARING, future))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("heldOn: must not be in the future");
            assertThatThrownBy(() -> record(DIALOGUE, WorkItem.STAKEHOLDER_HEARING, noRole))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("stakeholderRole: must be one of");
            assertThatThrownBy(() -> record(DIALOGUE, WorkItem.DIALOGUE_SESSION, Map.of("sessionOn",
                    TODAY.plusDays(1).toString(), "participants", "p", "sessionNotes", "n")))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("sessionOn: must not be in the future");
            assertThatThrownBy(() -> record(DIALOGUE, WorkItem.ISSUE, Map.of("area", "IT_DX", "issue", "i",
                    "rootCause", "r")))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("workItem: must be one of");
            Assertions.assertThat(enablement.evidence(caseNumber).hearings()).isEmpty();
        }

        @Test
        void passWhenEveryCriterionIsMetLeadsToTheNextStage() {
            record(DIALOGUE, WorkItem.STAKEHOLDER_HEARING, hearing(StakeholderRole.MANAGEMENT));
            record(DIALOGUE, WorkItem.STAKEHOLDER_HEARING, hearing(StakeholderRole.FIELD));
            record(DIALOGUE, WorkItem.BLOCKAGE, blockage());
            record(DIALOGUE, WorkItem.REQUEST_GATE, Map.of(StageGateProcess.REQUEST_NOTE, "記録が揃った (Evidence recorded)"));

            assertThat(flow).isWaitingAt(EnablementProcess.CALL_DIALOGUE_GATE, DIALOGUE);
            ProcessInstance gate = gateInstance();
            assertThat(gate).hasPassed(StageGateProcess.TASK_CHECK_GATE).isWaitingAt(REVIEW);
            Assertions.assertThat(gate.getBusinessKey()).isEqualTo(caseNumber);
            Assertions.assertThat((String) shown(DIALOGUE, EnablementProcess.GATE_STATUS))
                    .isEqualTo("審査中 (The stage-gate review is open)");
            assertThatThrownBy(() -> requestGate(DIALOGUE)).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("workItem: the stage-gate review was already asked for in this stage");
            Assertions.assertThat(enablement.gates(caseNumber)).hasSize(1);
            Assertions.assertThat(runtime.getVariables(gate.getId())).containsEntry(StageGateProcess.CRITERIA_MET, true)
                    .containsEntry(StageGateProcess.STAGE, "DIALOGUE").containsEntry(StageGateProcess.STAGE_LABEL, "対話 (Dialogue)")
                    .containsEntry("organisation", runtime.getVariable(flow.getId(), "organisation"))
                    .doesNotContainKey(StageGateProcess.UNMET_CRITERIA)
                    .hasEntrySatisfying(StageGateProcess.GATE_CRITERIA, lines -> Assertions.assertThat((String) lines)
                            .contains("✔ 経営側の関係者から話を聞いた").contains("✔ 現場の関係者から話を聞いた")
                            .contains("✔ 詰まりが言語化されている"));
            complete(REVIEW, review(GateOutcome.PASS));

            assertThat(gate).hasPassed(StageGateProcess.END_PASSED).isEnded();
            assertThat(flow).hasPassed(EnablementProcess.END_DIALOGUE_GATE_DECIDED)
                    .isWaitingAt(INSIGHT).isNotWaitingAt(DIALOGUE);
            Assertions.assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).count()).isOne();
            Assertions.assertThat(enablement.get(caseNumber).stage()).isEqualTo(Stage.INSIGHT);
            Assertions.assertThat(enablement.gates(caseNumber)).singleElement().satisfies(kept -> {
                Assertions.assertThat(kept.stage()).isEqualTo(Stage.DIALOGUE);
                Assertions.assertThat(kept.outcome()).isEqualTo(GateOutcome.PASS);
                Assertions.assertThat(kept.decidedOn()).isEqualTo(TODAY);
                Assertions.assertThat(kept.criteriaMet()).isTrue();
                Assertions.assertThat(kept.requestNote()).isEqualTo("記録が揃った (Evidence recorded)");
                Assertions.assertThat(kept.criteria()).extracting(CriterionResult::code)
                        .containsExactly("MANAGEMENT_HEARD", "FIELD_HEARD", "BLOCKAGES_WRITTEN_DOWN");
            });
            Assertions.assertThat(runtime.getVariables(flow.getId()))
                    .containsOnlyKeys(EnablementProcess.CASE_NUMBER, "organisation", EnablementProcess.CONSULTANT, EnablementProcess.STAGE, EnablementProcess.STAGE_LABEL);
        }

        @Test
        void holdStaysInTheStageWithTheUnmetCriteriaUntilTheRecheckDate() {
            record(DIALOGUE, WorkItem.STAKEHOLDER_HEARING, hearing(StakeholderRole.MANAGEMENT));
            requestGate(DIALOGUE);
            ProcessInstance gate = gateInstance();
            Assertions.assertThat((String) runtime.getVariable(gate.getId(), StageGateProcess.UNMET_CRITERIA))
                    .contains("✖ 現場の関係者から話を聞いた").contains("✖ 詰まりが言語化されている")
                    .doesNotContain("経営側");
            Map<String, Object> hold = review(GateOutcome.HOLD);
            hold.put(StageGateProcess.RECHECK_ON, TODAY.plusDays(10).toString());
            complete(REVIEW, hold);

            assertThat(flow).isWaitingAt(EnablementProcess.CALL_DIALOGUE_GATE, DIALOGUE);
            assertThat(gate).isWaitingAt(StageGateProcess.EVENT_RECHECK);
            Assertions.assertThat((String) shown(DIALOGUE, EnablementProcess.GATE_STATUS))
                    .isEqualTo("保留中、再確認日 2026-12-03 (On hold: criteria checked again on 2026-12-03)");
            Assertions.assertThat(timer(gate.getId(), StageGateProcess.EVENT_RECHECK).getDuedate())
                    .isEqualTo(tokyo(LocalDateTime.of(2026, 12, 3, 9, 0)));
            Assertions.assertThat(runtime.getVariables(gate.getId())).containsEntry(StageGateProcess.RECHECK_ON, "2026-12-03")
                    .containsKey(StageGateProcess.UNMET_CRITERIA);
            Assertions.assertThat(enablement.gates(caseNumber)).singleElement().satisfies(kept -> {
                Assertions.assertThat(kept.outcome()).isEqualTo(GateOutcome.HOLD);
                Assertions.assertThat(kept.recheckOn()).isEqualTo(LocalDate.of(2026, 12, 3));
                Assertions.assertThat(kept.unmet()).extracting(CriterionResult::code)
                        .containsExactly("FIELD_HEARD", "BLOCKAGES_WRITTEN_DOWN");
            });

            record(DIALOGUE, WorkItem.STAKEHOLDER_HEARING, hearing(StakeholderRole.FIELD));
            record(DIALOGUE, WorkItem.BLOCKAGE, blockage());
            fire(gate.getId(), StageGateProcess.EVENT_RECHECK);

            assertThat(gate).isWaitingAt(REVIEW);
            Assertions.assertThat((String) shown(DIALOGUE, EnablementProcess.GATE_STATUS)).as("refreshed by the re-check")
                    .isEqualTo("審査中 (The stage-gate review is open)");
            Assertions.assertThat((String) shown(DIALOGUE, EnablementProcess.WORK_CRITERIA)).contains("✔ 詰まりが言語化されている");
            Assertions.assertThat(runtime.getVariables(gate.getId())).containsEntry(StageGateProcess.CRITERIA_MET, true)
                    .doesNotContainKeys(StageGateProcess.UNMET_CRITERIA, StageGateProcess.RECHECK_ON);
            complete(REVIEW, review(GateOutcome.PASS));

            Assertions.assertThat(enablement.get(caseNumber).stage()).isEqualTo(Stage.INSIGHT);
            Assertions.assertThat(enablement.gates(caseNumber)).extracting(StageGate::outcome)
                    .containsExactly(GateOutcome.HOLD, GateOutcome.PASS);
        }

        @Test
        void holdNeedsARecheckDateAheadAndBackIsNotPossibleFromDialogue() {
            requestGate(DIALOGUE);
            Map<String, Object> past = review(GateOutcome.HOLD);
            past.put(StageGateProcess.RECHECK_ON, TODAY.toString());

            assertThatThrownBy(() -> complete(REVIEW, review(GateOutcome.HOLD)))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("recheckOn: is required");
            assertThatThrownBy(() -> complete(REVIEW, past))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("recheckOn: must be after 2026-11-23");
            assertThatThrownBy(() -> complete(REVIEW, review(GateOutcome.BACK)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("outcome: BACK is not possible from 対話 (Dialogue)");
            assertThatThrownBy(() -> complete(REVIEW, review(GateOutcome.PASS)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("overrideRequest: is required (基準未達のまま通過を求める理由");
            assertThat(gateInstance()).isWaitingAt(REVIEW);
            Assertions.assertThat(enablement.gates(caseNumber)).singleElement()
                    .satisfies(gate -> Assertions.assertThat(gate.isDecided()).isFalse());
        }

        @Test
        void backSendsTheCaseToThePreviousStageWhereItsRecordsRemain() {
            passDialogue();
            record(INSIGHT, WorkItem.ISSUE, Map.of("area", "PEOPLE_ORGANISATION", "issue", "役割が曖昧 (Unclear roles)",
                    "rootCause", "権限表がない (No delegation table)"));
            gate(INSIGHT, review(GateOutcome.BACK));

            Assertions.assertThat(gatePassed(Stage.INSIGHT, StageGateProcess.END_BACK)).isTrue();
            assertThat(flow).hasPassed(EnablementProcess.END_INSIGHT_GATE_DECIDED)
                    .isWaitingAt(DIALOGUE).isNotWaitingAt(INSIGHT);
            Assertions.assertThat(shown(DIALOGUE, EnablementProcess.GATE_STATUS)).isNull();
            Assertions.assertThat(enablement.get(caseNumber).stage()).isEqualTo(Stage.DIALOGUE);
            Assertions.assertThat(enablement.gates(caseNumber)).extracting(StageGate::stage, StageGate::outcome)
                    .containsExactly(Assertions.tuple(Stage.DIALOGUE, GateOutcome.PASS),
                            Assertions.tuple(Stage.INSIGHT, GateOutcome.BACK));
            Assertions.assertThat(enablement.evidence(caseNumber).hearings()).hasSize(2);

            gate(DIALOGUE, review(GateOutcome.PASS));
            Assertions.assertThat(enablement.get(caseNumber).stage()).isEqualTo(Stage.INSIGHT);
        }

        @Test
        void aManagerMayLetAGatePassDespiteUnmetCriteriaAndTheReasonIsKept() {
            record(DIALOGUE, WorkItem.STAKEHOLDER_HEARING, hearing(StakeholderRole.MANAGEMENT));
            requestGate(DIALOGUE);
            Map<String, Object> pass = review(GateOutcome.PASS);
            pass.put(StageGateProcess.OVERRIDE_REQUEST, "現場は次の段階で聞く (The field will be heard in the next step)");
            complete(REVIEW, pass);

            assertThat(gateInstance()).isWaitingAt(OVERRIDE).task(OVERRIDE).hasCandidateGroup("managers").isNotAssigned();
            Assertions.assertThat((String) shown(DIALOGUE, EnablementProcess.GATE_STATUS))
                    .isEqualTo("基準未達の通過を管理者が審査中 (A manager is deciding on passing with unmet criteria)");
            assertThatThrownBy(() -> fixture.completeAs("consultant2", caseNumber, OVERRIDE,
                    Map.of("overrideDecision", "APPROVE", "overrideReason", "r")))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("consultant2 is not a manager");
            tasks.setAssignee(fixture.task(caseNumber, OVERRIDE).getId(), "manager");
            fixture.completeAs("manager", caseNumber, OVERRIDE, Map.of("overrideDecision", "APPROVE",
                    "overrideReason", "社長の強い意向、現場ヒアリングは次で補う (The CEO insists; the field follows next)"));

            Assertions.assertThat(gatePassed(Stage.DIALOGUE, StageGateProcess.END_PASSED_BY_OVERRIDE)).isTrue();
            assertThat(flow).hasPassed(EnablementProcess.END_DIALOGUE_GATE_DECIDED).isWaitingAt(INSIGHT);
            Assertions.assertThat(enablement.gates(caseNumber)).singleElement().satisfies(gate -> {
                Assertions.assertThat(gate.outcome()).isEqualTo(GateOutcome.PASS);
                Assertions.assertThat(gate.criteriaMet()).isFalse();
                Assertions.assertThat(gate.overrideDecision()).isEqualTo(OverrideDecision.APPROVED);
                Assertions.assertThat(gate.overrideBy()).isEqualTo("manager");
                Assertions.assertThat(gate.overrideReason()).startsWith("社長の強い意向");
                Assertions.assertThat(gate.overrideRequest()).startsWith("現場は次の段階で聞く");
                Assertions.assertThat(gate.decidedBy()).isEqualTo("consultant");
            });
        }

        @Test
        void aDeclinedOverrideSendsTheGateBackToTheReview() {
            requestGate(DIALOGUE);
            Map<String, Object> pass = review(GateOutcome.PASS);
            pass.put(StageGateProcess.OVERRIDE_REQUEST, "急ぎたい (In a hurry)");
            complete(REVIEW, pass);
            fixture.completeAs("manager", caseNumber, OVERRIDE, Map.of("overrideDecision", "DECLINE",
                    "overrideReason", "対話の記録がない (Nothing recorded from the dialogue)"));

            ProcessInstance gate = gateInstance();
            assertThat(gate).isWaitingAt(REVIEW);
            Assertions.assertThat((String) shown(DIALOGUE, EnablementProcess.GATE_STATUS)).isEqualTo("審査中 (The stage-gate review is open)");
            Assertions.assertThat(runtime.getVariables(gate.getId()))
                    .containsEntry(StageGateProcess.OVERRIDE_DECLINED, "対話の記録がない (Nothing recorded from the dialogue)");
            assertThatThrownBy(() -> complete(REVIEW, pass))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("a manager declined");
            Map<String, Object> hold = review(GateOutcome.HOLD);
            hold.put(StageGateProcess.RECHECK_ON, TODAY.plusMonths(1).toString());
            complete(REVIEW, hold);

            assertThat(gate).isWaitingAt(StageGateProcess.EVENT_RECHECK);
            Assertions.assertThat(enablement.gates(caseNumber)).singleElement().satisfies(held -> {
                Assertions.assertThat(held.outcome()).isEqualTo(GateOutcome.HOLD);
                Assertions.assertThat(held.overrideDecision()).isEqualTo(OverrideDecision.DECLINED);
                Assertions.assertThat(held.overrideReason()).contains("対話の記録がない");
            });
        }

        @Test
        void allFourStagesToSelfPropelledWhileTheContractAndItsMeetingsGoOn() {
            passDialogue();
            assertThatThrownBy(() -> record(INSIGHT, WorkItem.DECISION_POINT, decisionPoint("一つだけ (Only one)")))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("options: list 2 to 10 options");
            passInsight();
            passBuyIn();
            record(SELF_PROPELLED, WorkItem.DOCUMENTED_RULE, Map.of("kind", "DECISION_CRITERIA", "title", "投資判断基準 (Investment criteria)",
                    "summary", "100万円以下は部長決裁 (Up to 1M yen: the department head)", "keptAt", "社内Wiki"));
            record(SELF_PROPELLED, WorkItem.REVIEW_CYCLE, review(false));
            record(SELF_PROPELLED, WorkItem.REVIEW_CYCLE, review(true));
            record(SELF_PROPELLED, WorkItem.INTERNAL_PROMOTER, promoter());
            record(SELF_PROPELLED, WorkItem.SUPPORT_WEIGHT, Map.of("month", "2027-01", "plannedHours", 16, "weightNote", "段階的に (Step down)"));
            record(SELF_PROPELLED, WorkItem.SUPPORT_WEIGHT, Map.of("month", "2027-01", "plannedHours", 12));
            gate(SELF_PROPELLED, review(GateOutcome.PASS));

            Assertions.assertThat(gatePassed(Stage.SELF_PROPELLED, StageGateProcess.END_PASSED)).isTrue();
            assertThat(flow).hasPassed(EnablementProcess.END_SELF_PROPELLED_GATE_DECIDED, EnablementProcess.END_SELF_PROPELLED)
                    .isWaitingAt(EnablementProcess.EVENT_NEXT_MEETING)
                    .isNotWaitingAt(SELF_PROPELLED);
            Enablement reached = enablement.get(caseNumber);
            Assertions.assertThat(reached.stage()).isEqualTo(Stage.SELF_PROPELLED);
            Assertions.assertThat(reached.completedAt()).isNotNull();
            Assertions.assertThat(reached.endedAt()).isNull();
            Assertions.assertThat(enablement.gates(caseNumber)).extracting(StageGate::stage).containsExactly(
                    Stage.DIALOGUE, Stage.INSIGHT, Stage.BUY_IN, Stage.SELF_PROPELLED);
            Assertions.assertThat(enablement.supportWeights(caseNumber)).singleElement()
                    .satisfies(weight -> Assertions.assertThat(weight.plannedHours()).isEqualTo(12));
            assertThat(engagement()).isWaitingAt(EngagementProcess.CALL_ACTIVITY_ENABLEMENT, EngagementProcess.EVENT_RENEWAL_REVIEW_DUE);
        }

        @Test
        void theSupportWeightStaysWithinThePlansMonthlyCap() {
            passDialogue();
            passInsight();
            passBuyIn();

            assertThatThrownBy(() -> record(SELF_PROPELLED, WorkItem.SUPPORT_WEIGHT, Map.of("month", "2027-01", "plannedHours", 25)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("plannedHours: must be from 0 to 24 (the STANDARD plan's monthly cap)");
            assertThatThrownBy(() -> record(SELF_PROPELLED, WorkItem.SUPPORT_WEIGHT, Map.of("month", "2026-10", "plannedHours", 8)))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("month: must be from 2026-11");
            Assertions.assertThat(enablement.supportWeights(caseNumber)).isEmpty();
        }
    }

    @Nested
    class Meetings {

        /** Fires the next meeting's timer, records the meeting and returns the day it was planned for. */
        LocalDate nextMeeting(int minutes) {
            Job next = timer(flow.getId(), EnablementProcess.EVENT_NEXT_MEETING);
            Assertions.assertThat(next.getDuedate().toInstant().atZone(BusinessTime.ZONE).toLocalTime())
                    .isEqualTo(LocalTime.of(9, 0));
            LocalDate day = dayOf(next);
            Date meetingTime = next.getDuedate();
            fire(flow.getId(), EnablementProcess.EVENT_NEXT_MEETING);
            Assertions.assertThat(fixture.task(caseNumber, EnablementProcess.TASK_SCHEDULED_MEETING).getDueDate())
                    .as("the meeting time is the task's due date").isEqualTo(meetingTime);
            complete(EnablementProcess.TASK_SCHEDULED_MEETING, Map.of("meetingHeld", "YES", "heldOn", day.toString(),
                    "minutes", minutes, "meetingNotes", "定例 (Regular)", "endedInDecision", "NO"));
            return day;
        }

        @Test
        void standardMeetsFourTimesAMonthAndEachMeetingKeepsItsMinutes() {
            signed(Plan.STANDARD);
            List<LocalDate> days = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                days.add(nextMeeting(60 + i));
            }

            Assertions.assertThat(days).containsExactly(
                    LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 17),
                    LocalDate.of(2026, 12, 24),
                    LocalDate.of(2027, 1, 6), LocalDate.of(2027, 1, 14), LocalDate.of(2027, 1, 20),
                    LocalDate.of(2027, 1, 27));
            MonthlyBalance december = hours.balance(caseNumber, YearMonth.of(2026, 12));
            Assertions.assertThat(december.scheduledMeetingsHeld()).isEqualTo(4);
            Assertions.assertThat(december.usedMinutes()).isEqualTo(60 + 61 + 62 + 63);
            Assertions.assertThat(december.entries()).allSatisfy(entry -> {
                Assertions.assertThat(entry.category()).isEqualTo(TimeEntryCategory.MEETING);
                Assertions.assertThat(entry.scheduledMeeting()).isTrue();
                Assertions.assertThat(entry.consultant()).isEqualTo("consultant");
            }).extracting(TimeEntry::workDate).as("newest first")
                    .containsExactly(days.get(3), days.get(2), days.get(1), days.get(0));
            Assertions.assertThat(enablement.meetings(caseNumber)).hasSize(8).first().satisfies(meeting -> {
                Assertions.assertThat(meeting.timeEntryId()).isEqualTo(december.entries().get(3).id());
                Assertions.assertThat(meeting.scheduled()).isTrue();
                Assertions.assertThat(meeting.plannedOn()).isEqualTo(LocalDate.of(2026, 12, 3));
                Assertions.assertThat(meeting.heldOn()).isEqualTo(LocalDate.of(2026, 12, 3));
                Assertions.assertThat(meeting.minutes()).isEqualTo(60);
                Assertions.assertThat(meeting.stage()).isEqualTo(Stage.DIALOGUE);
                Assertions.assertThat(meeting.recordedBy()).isEqualTo("consultant");
            });
            assertThat(flow).isWaitingAt(EnablementProcess.EVENT_NEXT_MEETING).isNotWaitingAt(EnablementProcess.TASK_SCHEDULED_MEETING);
        }

        @Test
        void aPlanChangeSwitchesTheCadenceFromItsEffectiveDate() {
            signed(Plan.LIGHT);
            var notice = contracts.giveNotice(caseNumber, new NoticeRequest(NoticeKind.REVISION, Party.CLIENT, TODAY,
                    "推進を加速したい (Speed up)", Plan.STANDARD), "consultant");
            Assertions.assertThat(notice.effectiveOn()).isEqualTo(LocalDate.of(2026, 12, 23));

            List<LocalDate> days = new ArrayList<>();
            days.add(nextMeeting(45));
            days.add(nextMeeting(45));
            // The next meeting was scheduled on Dec 22 under LIGHT: it keeps its day, then STANDARD's cadence follows.
            Assertions.assertThat(dayOf(timer(flow.getId(), EnablementProcess.EVENT_NEXT_MEETING)))
                    .isEqualTo(LocalDate.of(2027, 1, 8));
            fire(engagement().getId(), EngagementProcess.EVENT_NOTICE_EFFECTIVE);
            Assertions.assertThat(contracts.planOn(caseNumber, LocalDate.of(2026, 12, 23))).contains(Plan.STANDARD);
            for (int i = 0; i < 5; i++) {
                days.add(nextMeeting(60));
            }

            Assertions.assertThat(days).containsExactly(
                    LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 22),
                    LocalDate.of(2027, 1, 8), LocalDate.of(2027, 1, 14), LocalDate.of(2027, 1, 20),
                    LocalDate.of(2027, 1, 27),
                    LocalDate.of(2027, 2, 3));
        }

        @Test
        void meetingsOfFarYearsKeepToTheHolidaysOfTheirYear() {
            TestClock.setTokyo(LocalDate.of(2031, 3, 25));
            caseNumber = fixture.signedContract(Plan.STANDARD, LocalDate.of(2031, 4, 1));
            flow = processInstanceQuery().processInstanceBusinessKey(caseNumber)
                    .processDefinitionKey(EnablementProcess.PROCESS_ID).singleResult();
            List<LocalDate> days = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                days.add(nextMeeting(60));
            }

            // April 2031 has 21 business days (昭和の日 on Tuesday 4/29): the 3rd, 8th, 14th and 19th of them
            Assertions.assertThat(days).containsExactly(LocalDate.of(2031, 4, 3), LocalDate.of(2031, 4, 10),
                    LocalDate.of(2031, 4, 18), LocalDate.of(2031, 4, 25));
        }

        @Test
        void aMeetingHeldNeedsItsMinutesAndOneNotHeldItsReason() {
            signed(Plan.STANDARD);
            fire(flow.getId(), EnablementProcess.EVENT_NEXT_MEETING);
            LocalDate day = TestClock.todayTokyo();

            assertThatThrownBy(() -> complete(EnablementProcess.TASK_SCHEDULED_MEETING, Map.of("meetingHeld", "YES",
                    "heldOn", day.toString(), "meetingNotes", "n")))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("minutes: is required");
            assertThatThrownBy(() -> complete(EnablementProcess.TASK_SCHEDULED_MEETING, Map.of("meetingHeld", "YES",
                    "heldOn", day.toString(), "minutes", 481, "meetingNotes", "n")))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("minutes: must be at most 480");
            Assertions.assertThat(enablement.meetings(caseNumber)).isEmpty();
            Assertions.assertThat(hours.balance(caseNumber, YearMonth.from(day)).entries()).isEmpty();
            complete(EnablementProcess.TASK_SCHEDULED_MEETING, Map.of("meetingHeld", "NO",
                    "meetingNotes", "先方の都合で中止 (Cancelled by the client)", "minutes", 30));

            Assertions.assertThat(enablement.meetings(caseNumber)).singleElement().satisfies(meeting -> {
                Assertions.assertThat(meeting.held()).isFalse();
                Assertions.assertThat(meeting.minutes()).isNull();
                Assertions.assertThat(meeting.timeEntryId()).isNull();
                Assertions.assertThat(meeting.plannedOn()).isEqualTo(day);
            });
        }

        @Test
        void theSelfPropelledGateShowsTheHoursUsedInTheLastThreeMonthsBesideThePlannedWeight() {
            signed(Plan.STANDARD);
            for (int i = 0; i < 4; i++) {
                nextMeeting(120);
            }
            for (int i = 0; i < 4; i++) {
                nextMeeting(90);
            }
            Assertions.assertThat(nextMeeting(30)).isEqualTo(LocalDate.of(2027, 2, 3));
            passDialogue();
            passInsight();
            passBuyIn();
            record(SELF_PROPELLED, WorkItem.SUPPORT_WEIGHT, Map.of("month", "2027-02", "plannedHours", 12));
            record(SELF_PROPELLED, WorkItem.SUPPORT_WEIGHT, Map.of("month", "2027-03", "plannedHours", 8));
            requestGate(SELF_PROPELLED);

            StageGate gate = enablement.gates(caseNumber).get(3);
            Assertions.assertThat(gate.hoursTrend()).containsExactly(
                    new MonthHours(YearMonth.of(2026, 12), 24 * 60, 4 * 120, null),
                    new MonthHours(YearMonth.of(2027, 1), 24 * 60, 4 * 90, null),
                    new MonthHours(YearMonth.of(2027, 2), 24 * 60, 30, 12));
            Assertions.assertThat((String) runtime.getVariable(gateInstance().getId(), StageGateProcess.HOURS_TREND)).isEqualTo(
                    "2026-12: 8 h / 24 h\n2027-01: 6 h / 24 h\n2027-02: 0.5 h / 24 h（計画 12 h / planned）");
            Assertions.assertThat(enablement.gates(caseNumber).subList(0, 3))
                    .allSatisfy(earlier -> Assertions.assertThat(earlier.hoursTrend()).isEmpty());
        }

        @Test
        void scheduledMeetingsThatEndInDecisionsCountForBuyIn() {
            signed(Plan.STANDARD);
            passDialogue();
            passInsight();
            record(BUY_IN, WorkItem.ACTION, action());
            for (int i = 0; i < 2; i++) {
                fire(flow.getId(), EnablementProcess.EVENT_NEXT_MEETING);
                complete(EnablementProcess.TASK_SCHEDULED_MEETING, Map.of("meetingHeld", "YES",
                        "heldOn", TestClock.todayTokyo().toString(), "minutes", 90, "meetingNotes", "n",
                        "endedInDecision", "YES", "decision", "担当を決めた (Owners decided)"));
            }
            Assertions.assertThat((String) shown(BUY_IN, EnablementProcess.WORK_CRITERIA)).as("refreshed by the meetings")
                    .contains("✔ 会議が決定で終わるようになった");
            gate(BUY_IN, review(GateOutcome.PASS));

            Assertions.assertThat(enablement.get(caseNumber).stage()).isEqualTo(Stage.SELF_PROPELLED);
            Assertions.assertThat(enablement.meetings(caseNumber)).extracting(Meeting::stage)
                    .containsExactly(Stage.BUY_IN, Stage.BUY_IN);
        }
    }

    /** Tasklist as the consultant's workplace: how many open tasks ten running cases give one consultant. */
    @Nested
    class AConsultantsTaskList {

        List<String> cases = new ArrayList<>();

        long openTasks() {
            return tasks.createTaskQuery().taskAssignee("consultant")
                    .processInstanceBusinessKeyIn(cases.toArray(String[]::new)).count();
        }

        @Test
        void tenRunningCasesGiveTenStandingTasksPlusTheMeetingsAndReviewsThatAreDue() {
            for (int i = 0; i < 10; i++) {
                cases.add(fixture.signedContract(Plan.STANDARD, START));
            }
            Assertions.assertThat(openTasks()).as("one stage work task per case").isEqualTo(10);

            for (String each : cases) {
                caseNumber = each;
                flow = processInstanceQuery().processInstanceBusinessKey(each)
                        .processDefinitionKey(EnablementProcess.PROCESS_ID).singleResult();
                record(DIALOGUE, WorkItem.STAKEHOLDER_HEARING, hearing(StakeholderRole.MANAGEMENT));
                fire(flow.getId(), EnablementProcess.EVENT_NEXT_MEETING);
            }
            Assertions.assertThat(openTasks()).as("and the week's meeting of each case, due at its time")
                    .isEqualTo(20);

            requestGate(DIALOGUE);
            Assertions.assertThat(openTasks()).as("and a review asked for").isEqualTo(21);
            for (String each : cases) {
                fixture.complete(each, EnablementProcess.TASK_SCHEDULED_MEETING, Map.of("meetingHeld", "NO",
                        "meetingNotes", "延期 (Postponed)"));
            }
            Assertions.assertThat(openTasks()).isEqualTo(11);
            Assertions.assertThat(tasks.createTaskQuery().processInstanceBusinessKeyIn(cases.toArray(String[]::new))
                    .taskDefinitionKey(DIALOGUE).count()).isEqualTo(10);
        }
    }

    @Nested
    class ContractEnds {

        @BeforeEach
        void sign() {
            signed(Plan.STANDARD);
        }

        void assertEndedWithRecordsKept(Stage stage) {
            assertThat(flow).isEnded();
            HistoricProcessInstance ended = history.createHistoricProcessInstanceQuery().processInstanceId(flow.getId())
                    .singleResult();
            Assertions.assertThat(ended.getEndTime()).isNotNull();
            Assertions.assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(flow.getId())
                    .taskDefinitionKey(DIALOGUE).finished().count()).isGreaterThanOrEqualTo(2);
            Enablement kept = enablement.get(caseNumber);
            Assertions.assertThat(kept.stage()).isEqualTo(stage);
            Assertions.assertThat(kept.endedAt()).isNotNull();
            Assertions.assertThat(kept.completedAt()).isNull();
            Assertions.assertThat(enablement.evidence(caseNumber).hearings()).isNotEmpty();
            Assertions.assertThat(enablement.gates(caseNumber)).isNotEmpty();
            Assertions.assertThat(jobQuery().processInstanceId(flow.getId()).count()).isZero();
        }

        @Test
        void aCancellationEndsTheFlowMidStageAndItsRecordsAndHistoryRemain() {
            passDialogue();
            record(INSIGHT, WorkItem.ISSUE, Map.of("area", "IT_DX", "issue", "i", "rootCause", "r"));
            contracts.giveNotice(caseNumber, new NoticeRequest(NoticeKind.CANCELLATION, Party.CLIENT, TODAY,
                    "予算削減 (Budget cut)", null), "consultant");

            fire(engagement().getId(), EngagementProcess.EVENT_NOTICE_EFFECTIVE);

            assertThat(engagement()).hasPassed(EngagementProcess.END_CANCELLATION_EFFECTIVE).isWaitingAt(EngagementProcess.TASK_CLOSING_REPORT);
            assertEndedWithRecordsKept(Stage.INSIGHT);
            Assertions.assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(flow.getId())
                    .activityId(INSIGHT).canceled().count()).isEqualTo(1);
        }

        @Test
        void notRenewingEndsTheFlowWithTheContract() {
            record(DIALOGUE, WorkItem.STAKEHOLDER_HEARING, hearing(StakeholderRole.MANAGEMENT));
            record(DIALOGUE, WorkItem.STAKEHOLDER_HEARING, hearing(StakeholderRole.FIELD));
            requestGate(DIALOGUE);
            Map<String, Object> hold = review(GateOutcome.HOLD);
            hold.put(StageGateProcess.RECHECK_ON, TODAY.plusMonths(2).toString());
            complete(REVIEW, hold);
            ProcessInstance engagement = engagement();
            fire(engagement.getId(), EngagementProcess.EVENT_RENEWAL_REVIEW_DUE);
            fixture.complete(caseNumber, EngagementProcess.TASK_TRIAL_REVIEW, Map.of("decision", RenewalDecision.END.name(),
                    "approachFits", "NO", "decisionNote", "社内で進める (Going on alone)"));
            fire(engagement.getId(), EngagementProcess.EVENT_TERM_ENDS);

            assertThat(engagement).hasPassed(EngagementProcess.END_CONTRACT_EXPIRED).isWaitingAt(EngagementProcess.TASK_CLOSING_REPORT);
            assertEndedWithRecordsKept(Stage.DIALOGUE);
            Assertions.assertThat(enablement.gates(caseNumber)).singleElement()
                    .satisfies(gate -> Assertions.assertThat(gate.outcome()).isEqualTo(GateOutcome.HOLD));
        }
    }
}
