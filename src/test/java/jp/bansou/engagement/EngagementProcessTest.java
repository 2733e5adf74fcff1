package jp.bansou.engagement;

import static jp.bansou.testing.EngagementFixture.requestedWork;
import static jp.bansou.testing.EngagementFixture.standardHearing;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import jp.bansou.BansouTest;
import jp.bansou.contract.ContractEnd;
import jp.bansou.contract.ContractService;
import jp.bansou.contract.ContractStatus;
import jp.bansou.contract.Notice;
import jp.bansou.contract.NoticeKind;
import jp.bansou.contract.NoticeRequest;
import jp.bansou.contract.NoticeStatus;
import jp.bansou.contract.Party;
import jp.bansou.contract.PlanChangeSource;
import jp.bansou.contract.RenewalDecision;
import jp.bansou.contract.TermKind;
import jp.bansou.hours.HourLedger;
import jp.bansou.hours.MonthlyClose;
import jp.bansou.hours.NewTimeEntry;
import jp.bansou.hours.TimeEntryCategory;
import jp.bansou.notification.Notifier;
import jp.bansou.plan.Plan;
import jp.bansou.platform.BusinessTime;
import jp.bansou.platform.InvalidInputException;
import jp.bansou.testing.EngagementFixture;
import jp.bansou.testing.TestClock;

import jp.bansou.testing.Timers;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** One test per path through {@code engagement.bpmn}, timers driven by the engine clock and job execution. */
@BansouTest
class EngagementProcessTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final LocalDate START = LocalDate.of(2026, 12, 1);

    @Autowired
    EngagementFixture fixture;
    @Autowired
    EngagementService engagements;
    @Autowired
    ContractService contracts;
    @Autowired
    MonthlyClose monthlyClose;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    FormService forms;
    @Autowired
    HistoryService history;
    @Autowired
    RepositoryService repository;
    @Autowired
    HourLedger ledger;
    @Autowired
    Notifier notifier;
    @Autowired
    TestRestTemplate http;

    @BeforeEach
    void today() {
        TestClock.setTokyo(TODAY);
    }

    /** The case's engagement instance (under contract, the enablement flow it calls has the same business key). */
    ProcessInstance instance(String caseNumber) {
        return processInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(EngagementProcess.PROCESS_ID).singleResult();
    }

    Map<String, Object> hearing(String key, Object value) {
        Map<String, Object> answers = standardHearing();
        answers.put(key, value);
        return answers;
    }

    @Nested
    class Intake {

        @Test
        void anInquiryWaitsForTheHearingOfAnyConsultant() {
            String caseNumber = fixture.inquiry();

            ProcessInstance instance = instance(caseNumber);
            assertThat(instance).isStarted().isWaitingAt(EngagementProcess.TASK_HEARING).hasVariables("caseNumber");
            assertThat(instance).task().hasCandidateGroup("consultants").isNotAssigned();
            Assertions.assertThat(caseNumber).matches("C-2026-\\d{4}");
            Assertions.assertThat(runtime.getVariables(instance.getId())).containsOnlyKeys("caseNumber", "organisation");
            Assertions.assertThat(engagements.get(caseNumber).organisation()).isEqualTo("山田製作所 (Yamada Works)");
        }

        @Test
        void tasklistsStartFormRegistersTheCaseUnderItsNumber() {
            String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey(EngagementProcess.PROCESS_ID)
                    .latestVersion().singleResult().getId();
            Map<String, Object> form = new HashMap<>();
            form.put("organisation", "佐藤商店 (Sato Store)");
            form.put("contactName", "佐藤 花子");
            form.put("contactEmail", "hanako@sato.example");
            form.put("employeeCount", 8);
            form.put("message", "まずは相談したい (Just a consultation)");

            ProcessInstance started = forms.submitStartForm(definitionId, form);

            Assertions.assertThat(started.getBusinessKey()).matches("C-2026-\\d{4}");
            assertThat(started).isWaitingAt(EngagementProcess.TASK_HEARING);
            Assertions.assertThat(engagements.get(started.getBusinessKey()).contactEmail())
                    .isEqualTo("hanako@sato.example");
            Assertions.assertThat(runtime.getVariables(started.getId())).containsOnlyKeys("caseNumber", "organisation");
        }

        @Test
        void anInvalidStartFormStartsNothing() {
            String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey(EngagementProcess.PROCESS_ID)
                    .latestVersion().singleResult().getId();
            long before = runtime.createProcessInstanceQuery().count();

            assertThatThrownBy(() -> forms.submitStartForm(definitionId, Map.of(
                    "organisation", "x", "contactName", "y", "contactEmail", "not-an-address",
                    "employeeCount", -3, "message", "m")))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("contactEmail")
                    .hasMessageContaining("employeeCount");
            Assertions.assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(before);
        }

        @Test
        void aHearingWithInvalidValuesIsRefusedAndNothingMoves() {
            String caseNumber = fixture.inquiry();
            Map<String, Object> answers = hearing("pace", "WALKING");
            answers.remove("currentSituation");

            assertThatThrownBy(() -> fixture.complete(caseNumber, EngagementProcess.TASK_HEARING, answers))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("pace: must be one of [SLOW, STANDARD, FAST]")
                    .hasMessageContaining("currentSituation: is required");
            assertThat(instance(caseNumber)).isWaitingAt(EngagementProcess.TASK_HEARING);
            Assertions.assertThat(engagements.get(caseNumber).consultant()).isNull();
        }

        static final String SEED = "実装や開発が必要な場合は、別途プロジェクトとして切り分けてご提案します。";

        Map<String, Object> separateProject(String scope) {
            return Map.of("scopeSummary", scope, "proposal", SEED + "開発会社を紹介 (Referred to a development partner)");
        }

        @Test
        void aRequestOutOfScopeAsAWholeEndsWithASeparateProjectProposal() {
            String caseNumber = fixture.inquiry();
            fixture.complete(caseNumber, EngagementProcess.TASK_HEARING,
                    hearing("requestedWork", requestedWork("SYSTEM_DEVELOPMENT", "BUILD_ONLY_PROJECT")));

            ProcessInstance instance = instance(caseNumber);
            assertThat(instance).hasPassed(EngagementProcess.TASK_CHECK_FIT).isWaitingAt(EngagementProcess.TASK_PROPOSE_SEPARATE_PROJECT)
                    .task().isAssignedTo("consultant");
            Assertions.assertThat(tasks.getVariable(fixture.task(caseNumber, EngagementProcess.TASK_PROPOSE_SEPARATE_PROJECT).getId(),
                    "proposal")).as("the proposal's seed text").isEqualTo(SEED);
            assertThatThrownBy(() -> fixture.complete(caseNumber, EngagementProcess.TASK_PROPOSE_SEPARATE_PROJECT, Map.of()))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("scopeSummary: is required");
            fixture.complete(caseNumber, EngagementProcess.TASK_PROPOSE_SEPARATE_PROJECT, separateProject("受発注システムの開発 (Order system build)"));

            assertThat(instance).isEnded().hasPassed(EngagementProcess.END_SEPARATE_PROJECT).hasNotPassed(EngagementProcess.TASK_RECOMMEND_PLAN);
            Engagement closed = engagements.get(caseNumber);
            Assertions.assertThat(closed.outcome()).isEqualTo(Outcome.SEPARATE_PROJECT);
            Assertions.assertThat(closed.outcomeNote()).contains("開発会社");
            Assertions.assertThat(closed.isClosed()).isTrue();
            Assertions.assertThat(engagements.separateProject(caseNumber)).hasValueSatisfying(proposal -> {
                Assertions.assertThat(proposal.scopeSummary()).isEqualTo("受発注システムの開発 (Order system build)");
                Assertions.assertThat(proposal.split()).isFalse();
                Assertions.assertThat(proposal.proposedBy()).isEqualTo("consultant");
            });
        }

        @Test
        void aMixedRequestSplitsOffTheOutOfScopePartWhileTheEnablementPartGoesOnToAPlan() {
            String caseNumber = fixture.inquiry();
            fixture.complete(caseNumber, EngagementProcess.TASK_HEARING,
                    hearing("requestedWork", requestedWork("IT_DX_DECISION", "SYSTEM_DEVELOPMENT")));

            ProcessInstance instance = instance(caseNumber);
            assertThat(instance).hasPassed(EngagementProcess.GATEWAY_SPLIT_SCOPE)
                    .isWaitingAt(EngagementProcess.TASK_PROPOSE_SPLIT_PROJECT, EngagementProcess.TASK_PROPOSE_PLAN);
            Assertions.assertThat(runtime.getVariable(instance.getId(), "fit")).isEqualTo("SPLIT");
            Assertions.assertThat(tasks.getVariable(fixture.task(caseNumber, EngagementProcess.TASK_PROPOSE_SPLIT_PROJECT).getId(),
                    "proposal")).isEqualTo(SEED);
            fixture.complete(caseNumber, EngagementProcess.TASK_PROPOSE_PLAN, Map.of("plan", "STANDARD"));
            assertThat(instance).isWaitingAt(EngagementProcess.TASK_PROPOSE_SPLIT_PROJECT, EngagementProcess.TASK_CLIENT_ANSWER);

            fixture.complete(caseNumber, EngagementProcess.TASK_PROPOSE_SPLIT_PROJECT, separateProject("基幹システムの改修 (Core system rework)"));

            assertThat(instance).hasPassed(EngagementProcess.END_SPLIT_PROJECT_PROPOSED).isNotEnded().isWaitingAt(EngagementProcess.TASK_CLIENT_ANSWER);
            Assertions.assertThat(engagements.get(caseNumber).isClosed()).isFalse();
            Assertions.assertThat(engagements.get(caseNumber).outcomeNote()).isNull();
            Assertions.assertThat(engagements.separateProject(caseNumber)).hasValueSatisfying(proposal -> {
                Assertions.assertThat(proposal.scopeSummary()).isEqualTo("基幹システムの改修 (Core system rework)");
                Assertions.assertThat(proposal.split()).isTrue();
            });
            fixture.complete(caseNumber, EngagementProcess.TASK_CLIENT_ANSWER, Map.of("clientAnswer", "ACCEPTED"));
            assertThat(instance).isWaitingAt(EngagementProcess.TASK_SIGN_CONTRACT);
        }

        @Test
        void aSplitRequestsSeparateProjectMayFollowThePlansOutcome() {
            String caseNumber = fixture.inquiry();
            fixture.complete(caseNumber, EngagementProcess.TASK_HEARING,
                    hearing("requestedWork", requestedWork("BUSINESS_PROCESS", "DELIVERABLE_CONTRACT")));
            ProcessInstance instance = instance(caseNumber);
            fixture.complete(caseNumber, EngagementProcess.TASK_PROPOSE_PLAN, Map.of("plan", "STANDARD"));
            fixture.complete(caseNumber, EngagementProcess.TASK_CLIENT_ANSWER, Map.of("clientAnswer", "DECLINED"));

            assertThat(instance).hasPassed(EngagementProcess.END_PROPOSAL_DECLINED).isWaitingAt(EngagementProcess.TASK_PROPOSE_SPLIT_PROJECT);
            fixture.complete(caseNumber, EngagementProcess.TASK_PROPOSE_SPLIT_PROJECT, separateProject("業務マニュアルの納品 (Deliver manuals)"));

            assertThat(instance).isEnded().hasPassed(EngagementProcess.END_SPLIT_PROJECT_PROPOSED);
            Assertions.assertThat(engagements.get(caseNumber).outcome()).isEqualTo(Outcome.PROPOSAL_DECLINED);
        }

        @Test
        void aClientThatWantsTheAnswerHandedOverIsDeclinedWithAnAlternative() {
            String caseNumber = fixture.inquiry();
            ProcessInstance instance = instance(caseNumber);
            fixture.complete(caseNumber, EngagementProcess.TASK_HEARING, hearing("clientOwnsDecisions", false));

            assertThat(instance).isWaitingAt(EngagementProcess.TASK_DECLINE);
            fixture.complete(caseNumber, EngagementProcess.TASK_DECLINE, Map.of("outcomeNote", "研修サービスをご案内 (Offered a training course)"));

            assertThat(instance).isEnded().hasPassed(EngagementProcess.END_DECLINED);
            Assertions.assertThat(engagements.get(caseNumber).outcome()).isEqualTo(Outcome.DECLINED);
        }

        @Test
        void theRecommendedPlanFollowsPaceScopeAndInvolvement() {
            String light = fixture.inquiry();
            Map<String, Object> leader = standardHearing();
            leader.putAll(Map.of("pace", "SLOW", "targetScope", "INDIVIDUAL", "involvement", "JUDGMENT",
                    "clearDecisionMaker", true, "canExecuteAlone", true));
            fixture.complete(light, EngagementProcess.TASK_HEARING, leader);
            String advanced = fixture.inquiry();
            fixture.complete(advanced, EngagementProcess.TASK_HEARING, hearing("targetScope", "ORGANISATION"));
            String spot = fixture.inquiry();
            fixture.complete(spot, EngagementProcess.TASK_HEARING, hearing("oneOffNeed", true));

            assertThat(instance(light)).isWaitingAt(EngagementProcess.TASK_PROPOSE_PLAN).variables().containsEntry("recommendedPlan", "LIGHT");
            assertThat(instance(advanced)).variables().containsEntry("recommendedPlan", "ADVANCED");
            assertThat(instance(spot)).variables().containsEntry("recommendedPlan", "SPOT");
        }

        @Test
        void overridingTheRecommendationNeedsAReasonWhichIsKept() {
            String caseNumber = fixture.inquiry();
            fixture.complete(caseNumber, EngagementProcess.TASK_HEARING, standardHearing());

            assertThatThrownBy(() -> fixture.complete(caseNumber, EngagementProcess.TASK_PROPOSE_PLAN, Map.of("plan", "LIGHT")))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("overrideReason");
            fixture.complete(caseNumber, EngagementProcess.TASK_PROPOSE_PLAN,
                    Map.of("plan", "LIGHT", "overrideReason", "予算の都合 (Budget)"));

            assertThat(instance(caseNumber)).isWaitingAt(EngagementProcess.TASK_CLIENT_ANSWER).variables()
                    .containsEntry("plan", "LIGHT").doesNotContainKey("overrideReason");
        }

        @Test
        void theClientMayDeclineTheProposal() {
            String caseNumber = fixture.inquiry();
            ProcessInstance instance = instance(caseNumber);
            fixture.complete(caseNumber, EngagementProcess.TASK_HEARING, standardHearing());
            fixture.complete(caseNumber, EngagementProcess.TASK_PROPOSE_PLAN, Map.of("plan", "STANDARD"));
            fixture.complete(caseNumber, EngagementProcess.TASK_CLIENT_ANSWER,
                    Map.of("clientAnswer", "DECLINED", "answerNote", "社内で再検討 (Rethinking internally)"));

            assertThat(instance).isEnded().hasPassed(EngagementProcess.END_PROPOSAL_DECLINED);
            Assertions.assertThat(engagements.get(caseNumber).outcome()).isEqualTo(Outcome.PROPOSAL_DECLINED);
        }
    }

    @Nested
    class Spot {

        String acceptedSpot() {
            String caseNumber = fixture.inquiry();
            fixture.complete(caseNumber, EngagementProcess.TASK_HEARING, hearing("oneOffNeed", true));
            assertThatThrownBy(() -> fixture.complete(caseNumber, EngagementProcess.TASK_PROPOSE_PLAN, Map.of("plan", "SPOT")))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("spotHours")
                    .hasMessageContaining("spotBudgetYen");
            assertThatThrownBy(() -> fixture.complete(caseNumber, EngagementProcess.TASK_PROPOSE_PLAN,
                    Map.of("plan", "SPOT", "spotHours", 6, "spotBudgetYen", 0)))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("spotBudgetYen: must be at least 1");
            fixture.complete(caseNumber, EngagementProcess.TASK_PROPOSE_PLAN, Map.of("plan", "SPOT", "spotHours", 6, "spotBudgetYen", 80000));
            fixture.complete(caseNumber, EngagementProcess.TASK_CLIENT_ANSWER, Map.of("clientAnswer", "ACCEPTED"));
            return caseNumber;
        }

        Map<String, Object> session(int minutes, boolean another) {
            return Map.of("heldOn", TODAY.toString(), "minutes", minutes,
                    "notes", "論点を整理 (Sorted the issues)", "anotherSession", another);
        }

        @Test
        void sessionsThenAWrapUpThatEndsTheCase() {
            String caseNumber = acceptedSpot();
            ProcessInstance instance = instance(caseNumber);
            assertThat(instance).isWaitingAt(EngagementProcess.TASK_SPOT_SESSION);

            fixture.complete(caseNumber, EngagementProcess.TASK_SPOT_SESSION, session(90, true));
            assertThat(instance).isWaitingAt(EngagementProcess.TASK_SPOT_SESSION);
            fixture.complete(caseNumber, EngagementProcess.TASK_SPOT_SESSION, session(60, false));
            assertThat(instance).isWaitingAt(EngagementProcess.TASK_SPOT_WRAP_UP);
            fixture.complete(caseNumber, EngagementProcess.TASK_SPOT_WRAP_UP, Map.of("summary", "課題を言語化した (Issues put into words)",
                    "nextStep", "スタンダードでの伴走を提案 (Proposed Standard)", "spotOutcome", "END"));
            assertThat(instance).isWaitingAt(EngagementProcess.TASK_CLOSING_REPORT);
            fixture.complete(caseNumber, EngagementProcess.TASK_CLOSING_REPORT, Map.of("summary", "2回のセッション (Two sessions)",
                    "clientState", "判断軸が見えた (Decision criteria are visible)", "nextSteps", "社内で検討 (Internal review)"));

            assertThat(instance).isEnded().hasPassed(EngagementProcess.END_CLOSED);
            Assertions.assertThat(engagements.spotSessions(caseNumber)).extracting(SpotSession::minutes)
                    .containsExactly(90, 60);
            Assertions.assertThat(engagements.proposal(caseNumber)).hasValueSatisfying(proposal -> {
                Assertions.assertThat(proposal.spotBudgetYen()).as("yen, excl. tax").isEqualTo(80000);
                Assertions.assertThat(proposal.spotHours()).isEqualTo(6);
            });
            Assertions.assertThat(engagements.get(caseNumber).outcome()).isEqualTo(Outcome.COMPLETED);
        }

        @Test
        void aSessionInTheFutureOrWithoutMinutesIsRefused() {
            String caseNumber = acceptedSpot();
            Map<String, Object> noMinutes = new HashMap<>(session(0, false));
            Map<String, Object> future = new HashMap<>(session(60, false));
            future.put("heldOn", TODAY.plusDays(1).toString());

            assertThatThrownBy(() -> fixture.complete(caseNumber, EngagementProcess.TASK_SPOT_SESSION, noMinutes))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("minutes: must be at least 1");
            assertThatThrownBy(() -> fixture.complete(caseNumber, EngagementProcess.TASK_SPOT_SESSION, future))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("heldOn: must not be in the future");
            Assertions.assertThat(engagements.spotSessions(caseNumber)).isEmpty();
        }

        @Test
        void aSpotCanTurnIntoAContinuousContract() {
            String caseNumber = acceptedSpot();
            fixture.complete(caseNumber, EngagementProcess.TASK_SPOT_SESSION, session(120, false));
            fixture.complete(caseNumber, EngagementProcess.TASK_SPOT_WRAP_UP, Map.of("summary", "s", "nextStep", "継続支援 (Continue)",
                    "spotOutcome", "CONTRACT", "proposedPlan", "LIGHT"));

            assertThat(instance(caseNumber)).isWaitingAt(EngagementProcess.TASK_SIGN_CONTRACT).variables().containsEntry("plan", "LIGHT");
            fixture.complete(caseNumber, EngagementProcess.TASK_SIGN_CONTRACT, Map.of("plan", "LIGHT", "startDate", START.toString(),
                    "consultant", "consultant2"));

            assertThat(instance(caseNumber)).isWaitingAt(EngagementProcess.EVENT_RENEWAL_REVIEW_DUE).task().isNull();
            Assertions.assertThat(contracts.planOn(caseNumber, START)).contains(Plan.LIGHT);
            Assertions.assertThat(engagements.get(caseNumber).consultant()).isEqualTo("consultant2");
        }
    }

    @Nested
    class Contract {

        String signed;
        ProcessInstance instance;

        @BeforeEach
        void sign() {
            signed = fixture.signedContract(Plan.STANDARD, START);
            instance = instance(signed);
        }

        Date tokyo(LocalDateTime time) {
            return Date.from(time.atZone(BusinessTime.ZONE).toInstant());
        }

        Job timer(String activityId) {
            return jobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult();
        }

        void fire(String activityId) {
            Timers.fire(instance.getId(), activityId);
        }

        Map<String, Object> decision(RenewalDecision decision, Plan nextPlan) {
            Map<String, Object> values = new HashMap<>();
            values.put("decision", decision.name());
            values.put("decisionNote", "状況が整理され判断しやすくなった (Deciding is easier now)");
            if (nextPlan != null) {
                values.put("nextPlan", nextPlan.name());
            }
            return values;
        }

        /** Executes a due timer without moving the clock (the clock is already past it). */
        void executeDue(String activityId) {
            Timers.fireDue(instance.getId(), activityId);
        }

        Notice cancellation(LocalDate noticeDate) {
            return contracts.giveNotice(signed, new NoticeRequest(NoticeKind.CANCELLATION, Party.CLIENT, noticeDate,
                    "予算の見直し (Budget review)", null), "consultant");
        }

        void managerDecides(RenewalDecision decision, Plan nextPlan) {
            tasks.claim(fixture.task(signed, EngagementProcess.TASK_MANAGER_RENEWAL_DECISION).getId(), "manager");
            fixture.complete(signed, EngagementProcess.TASK_MANAGER_RENEWAL_DECISION, decision(decision, nextPlan));
        }

        /** The term ends while the managers' decision is still open. */
        void termEndsUndecided() {
            fire(EngagementProcess.EVENT_RENEWAL_REVIEW_DUE);
            fire(EngagementProcess.EVENT_TRIAL_REVIEW_OVERDUE);
            assertThat(instance).isWaitingAt(EngagementProcess.TASK_MANAGER_RENEWAL_DECISION);
            fire(EngagementProcess.EVENT_TERM_ENDED_UNDECIDED);
        }

        NewTimeEntry hoursOn(LocalDate day) {
            return new NewTimeEntry(signed, "consultant", day, 60, TimeEntryCategory.MEETING, false,
                    "定例会 (Regular meeting)", "consultant");
        }

        ResponseEntity<Map> bookOverHttp(LocalDate day) {
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_JSON);
            return http.withBasicAuth("consultant", "consultant").postForEntity(
                    "/api/engagements/" + signed + "/time-entries", new HttpEntity<>("""
                            {"workDate": "%s", "minutes": 60, "category": "MEETING", "note": "定例会"}"""
                            .formatted(day), headers), Map.class);
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> caseFile() {
            return http.withBasicAuth("manager", "manager").getForObject("/api/engagements/" + signed, Map.class);
        }

        @Test
        void termsAreCountedFromTheContractsStartSoThe30thDoesNotDrift() {
            String late = fixture.signedContract(Plan.STANDARD, LocalDate.of(2026, 11, 30));
            ProcessInstance lateInstance = instance(late);
            Job review = jobQuery().processInstanceId(lateInstance.getId()).activityId(EngagementProcess.EVENT_RENEWAL_REVIEW_DUE)
                    .singleResult();
            TestClock.setTokyo(ZonedDateTime.ofInstant(review.getDuedate().toInstant(), BusinessTime.ZONE)
                    .toLocalDateTime());
            execute(review);
            Map<String, Object> renew = decision(RenewalDecision.RENEW, Plan.STANDARD);
            renew.put("approachFits", "YES");
            fixture.complete(late, EngagementProcess.TASK_TRIAL_REVIEW, renew);
            Job termEnds = jobQuery().processInstanceId(lateInstance.getId()).activityId(EngagementProcess.EVENT_TERM_ENDS).singleResult();
            Assertions.assertThat(termEnds.getDuedate()).isEqualTo(tokyo(LocalDateTime.of(2027, 2, 28, 0, 0)));
            TestClock.setTokyo(LocalDateTime.of(2027, 2, 28, 0, 0));
            execute(termEnds);

            Assertions.assertThat(contracts.terms(late)).extracting(t -> t.startsOn() + ".." + t.endsOn())
                    .containsExactly("2026-11-30..2027-02-27", "2027-02-28..2027-08-29");
        }

        @Test
        void theTrialReviewKeepsTheThreeSignalsAndTheCaseShowsThem() {
            fire(EngagementProcess.EVENT_RENEWAL_REVIEW_DUE);
            Map<String, Object> review = decision(RenewalDecision.RENEW, Plan.STANDARD);
            review.put("approachFits", "YES");
            review.put("confusionPointsInWords", true);
            review.put("whatToDecideClear", true);
            review.put("fewerStalls", false);
            fixture.complete(signed, EngagementProcess.TASK_TRIAL_REVIEW, review);

            Assertions.assertThat(contracts.terms(signed).get(0).trialSignals()).satisfies(signals -> {
                Assertions.assertThat(signals.confusionPointsInWords()).isTrue();
                Assertions.assertThat(signals.whatToDecideClear()).isTrue();
                Assertions.assertThat(signals.fewerStalls()).isFalse();
                Assertions.assertThat(signals.recordedBy()).isEqualTo("consultant");
            });
            Assertions.assertThat(runtime.getVariables(instance.getId()))
                    .doesNotContainKeys("confusionPointsInWords", "whatToDecideClear", "fewerStalls", "pendingNotices");
            @SuppressWarnings("unchecked")
            Map<String, Object> trial = ((List<Map<String, Object>>) caseFile().get("terms")).get(0);
            Assertions.assertThat(trial.get("trialSignals")).asString()
                    .contains("confusionPointsInWords=true", "whatToDecideClear=true", "fewerStalls=false");

            YearMonth reviewed = YearMonth.from(contracts.terms(signed).get(0).trialSignals().recordedAt()
                    .atZone(BusinessTime.ZONE));
            Assertions.assertThat(monthlyClose.report(reviewed).trialReviews())
                    .filteredOn(r -> r.caseNumber().equals(signed)).singleElement().satisfies(r -> {
                        Assertions.assertThat(r.signals().confusionPointsInWords()).isTrue();
                        Assertions.assertThat(r.signals().fewerStalls()).isFalse();
                    });
            Assertions.assertThat(monthlyClose.report(reviewed.minusMonths(1)).trialReviews())
                    .noneMatch(r -> r.caseNumber().equals(signed));
        }

        @Test
        void thePendingNoticesAreShownInTheDecisionFormWhenItOpens() {
            Notice revision = contracts.giveNotice(signed, new NoticeRequest(NoticeKind.REVISION, Party.FIRM, TODAY,
                    "判断の壁打ちで足りる (Sparring is enough)", Plan.LIGHT, LocalDate.of(2027, 3, 1)), "consultant");
            fire(EngagementProcess.EVENT_RENEWAL_REVIEW_DUE);

            String trialReview = fixture.task(signed, EngagementProcess.TASK_TRIAL_REVIEW).getId();
            Assertions.assertThat((String) tasks.getVariableLocal(trialReview, "pendingNotices"))
                    .contains("#" + revision.id(), "プラン見直し (Revision) → ライト (Light)", "当社 (The firm)", "2027-03-01");
            Assertions.assertThat(forms.getTaskFormVariables(trialReview).getValue("pendingNotices", String.class))
                    .contains("#" + revision.id());
            fire(EngagementProcess.EVENT_TRIAL_REVIEW_OVERDUE);
            Assertions.assertThat((String) tasks.getVariableLocal(
                    fixture.task(signed, EngagementProcess.TASK_MANAGER_RENEWAL_DECISION).getId(), "pendingNotices"))
                    .contains("#" + revision.id());
        }

        @Test
        void noNoticeShowsNoneInTheDecisionForm() {
            fire(EngagementProcess.EVENT_RENEWAL_REVIEW_DUE);

            Assertions.assertThat((String) tasks.getVariableLocal(fixture.task(signed, EngagementProcess.TASK_TRIAL_REVIEW).getId(),
                    "pendingNotices")).isEqualTo("なし (None)");
        }

        @Test
        void renewingIsRefusedWhileACancellationIsPendingUntilAManagerWithdrawsIt() {
            fire(EngagementProcess.EVENT_RENEWAL_REVIEW_DUE);
            Notice notice = cancellation(TestClock.todayTokyo());
            Map<String, Object> renew = decision(RenewalDecision.RENEW, Plan.STANDARD);
            renew.put("approachFits", "YES");

            assertThatThrownBy(() -> fixture.complete(signed, EngagementProcess.TASK_TRIAL_REVIEW, renew))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("decision: cannot renew while cancellation notice #" + notice.id())
                    .hasMessageContaining("withdraw");
            assertThat(instance).isWaitingAt(EngagementProcess.TASK_TRIAL_REVIEW);
            Assertions.assertThat(contracts.currentTerm(signed).decision()).isNull();
            String review = fixture.task(signed, EngagementProcess.TASK_TRIAL_REVIEW).getId();
            Assertions.assertThat((String) tasks.getVariableLocal(review, "pendingNotices"))
                    .as("the open form shows a notice given after it opened").contains("#" + notice.id(), "解約");

            contracts.withdrawNotice(signed, notice.id(), "継続で合意 (Agreed to continue)", "manager");
            Assertions.assertThat((String) tasks.getVariableLocal(review, "pendingNotices")).isEqualTo("なし (None)");
            fixture.complete(signed, EngagementProcess.TASK_TRIAL_REVIEW, renew);

            assertThat(instance).isWaitingAt(EngagementProcess.EVENT_TERM_ENDS);
            Assertions.assertThat(contracts.notice(notice.id()).status()).isEqualTo(NoticeStatus.WITHDRAWN);
            Assertions.assertThat(timer(EngagementProcess.EVENT_NOTICE_EFFECTIVE)).isNull();
        }

        @Test
        void tasklistsSubmissionOfTheTrialReviewIsRefusedWith400WhileACancellationIsPendingAndKeepsTheSignals() {
            fire(EngagementProcess.EVENT_RENEWAL_REVIEW_DUE);
            cancellation(TestClock.todayTokyo());
            String review = fixture.task(signed, EngagementProcess.TASK_TRIAL_REVIEW).getId();
            String pendingShown = (String) forms.getTaskFormVariables(review).getValue("pendingNotices", String.class);
            Map<String, Object> form = new HashMap<>(Map.of("pendingNotices", Map.of("value", pendingShown),
                    "confusionPointsInWords", Map.of("value", true), "whatToDecideClear", Map.of("value", false),
                    "fewerStalls", Map.of("value", true), "approachFits", Map.of("value", "YES"),
                    "nextPlan", Map.of("value", "STANDARD"), "decisionNote", Map.of("value", "継続したい (Continue)")));
            form.put("decision", Map.of("value", "RENEW"));
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_JSON);
            TestRestTemplate consultant = http.withBasicAuth("consultant", "consultant");

            ResponseEntity<String> refused = consultant.postForEntity("/engine-rest/task/" + review + "/submit-form",
                    new HttpEntity<>(Map.of("variables", form), headers), String.class);

            Assertions.assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            Assertions.assertThat(refused.getBody()).contains("decision: cannot renew while cancellation notice");
            assertThat(instance).isWaitingAt(EngagementProcess.TASK_TRIAL_REVIEW);

            form.put("decision", Map.of("value", "END"));
            form.remove("nextPlan");
            Assertions.assertThat(consultant.postForEntity("/engine-rest/task/" + review + "/submit-form",
                    new HttpEntity<>(Map.of("variables", form), headers), String.class).getStatusCode())
                    .isEqualTo(HttpStatus.NO_CONTENT);
            Assertions.assertThat(contracts.terms(signed).get(0).trialSignals()).satisfies(signals -> {
                Assertions.assertThat(signals.confusionPointsInWords()).isTrue();
                Assertions.assertThat(signals.whatToDecideClear()).isFalse();
                Assertions.assertThat(signals.fewerStalls()).isTrue();
            });
            Assertions.assertThat(runtime.getVariables(instance.getId())).doesNotContainKey("pendingNotices");
        }

        @Test
        void aCancellationEffectiveAfterATermThatIsNotRenewedIsSupersededWhenTheContractEnds() {
            fire(EngagementProcess.EVENT_RENEWAL_REVIEW_DUE);
            Notice notice = contracts.giveNotice(signed, new NoticeRequest(NoticeKind.CANCELLATION, Party.CLIENT,
                    TestClock.todayTokyo(), "予算の見直し (Budget review)", null, LocalDate.of(2027, 3, 31)),
                    "consultant");
            Map<String, Object> end = decision(RenewalDecision.END, null);
            end.put("approachFits", "NO");
            fixture.complete(signed, EngagementProcess.TASK_TRIAL_REVIEW, end);
            fire(EngagementProcess.EVENT_TERM_ENDS);

            assertThat(instance).hasPassed(EngagementProcess.TASK_RECORD_EXPIRY, EngagementProcess.END_CONTRACT_EXPIRED).isWaitingAt(EngagementProcess.TASK_CLOSING_REPORT);
            Assertions.assertThat(contracts.findContract(signed).orElseThrow()).satisfies(contract -> {
                Assertions.assertThat(contract.endedOn()).isEqualTo(LocalDate.of(2027, 2, 28));
                Assertions.assertThat(contract.endReason()).isEqualTo(ContractEnd.NOT_RENEWED);
            });
            Assertions.assertThat(contracts.notice(notice.id())).satisfies(n -> {
                Assertions.assertThat(n.status()).isEqualTo(NoticeStatus.SUPERSEDED);
                Assertions.assertThat(n.appliedAt()).isNull();
            });
            Assertions.assertThat(timer(EngagementProcess.EVENT_NOTICE_EFFECTIVE)).isNull();
            Assertions.assertThat(contracts.pendingNotices(signed)).isEmpty();
        }

        @Test
        void aTermEndingWithTheManagersDecisionOpenPausesTheContractAndTellsTheManagers() {
            termEndsUndecided();

            assertThat(instance).hasPassed(EngagementProcess.TASK_PAUSE_CONTRACT, EngagementProcess.END_CONTRACT_PAUSED)
                    .isWaitingAt(EngagementProcess.TASK_MANAGER_RENEWAL_DECISION);
            Assertions.assertThat(contracts.findContract(signed).orElseThrow()).satisfies(contract -> {
                Assertions.assertThat(contract.status()).isEqualTo(ContractStatus.PAUSED_UNDECIDED);
                Assertions.assertThat(contract.pausedAfter()).isEqualTo(LocalDate.of(2027, 2, 28));
                Assertions.assertThat(contract.isRunning()).isTrue();
            });
            Assertions.assertThat(contracts.terms(signed).get(0).endedUndecidedAt()).isNotNull();
            Assertions.assertThat(notifier.messagesFor("manager"))
                    .anySatisfy(m -> Assertions.assertThat(m.subject()).contains(signed, "Contract paused"));
            Assertions.assertThat(notifier.messagesFor("consultant"))
                    .anySatisfy(m -> Assertions.assertThat(m.subject()).contains(signed, "Contract paused"));
            Assertions.assertThat(notifier.messagesFor("manager")).filteredOn(m -> m.subject().contains("Contract paused"))
                    .anySatisfy(m -> Assertions.assertThat(m.body()).endsWith("/camunda/app/cockpit/default/#/process-instance/"
                            + instance.getId() + "/runtime"));
            Assertions.assertThat(notifier.messagesFor("consultant")).filteredOn(m -> m.subject().contains("Contract paused"))
                    .anySatisfy(m -> Assertions.assertThat(m.body()).endsWith("/api/engagements/" + signed));

            TestClock.setTokyo(LocalDate.of(2027, 3, 2));
            ResponseEntity<Map> refused = bookOverHttp(LocalDate.of(2027, 3, 1));
            Assertions.assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            Assertions.assertThat(refused.getBody().get("errors").toString()).contains("field=workDate")
                    .contains("must not be after 2027-02-28", "PAUSED_UNDECIDED");
            Assertions.assertThat(ledger.record(hoursOn(LocalDate.of(2027, 2, 28))).workDate())
                    .as("the term's last day stays covered").isEqualTo(LocalDate.of(2027, 2, 28));
            Assertions.assertThat(caseFile().get("contract")).asString().contains("status=PAUSED_UNDECIDED");
            Assertions.assertThat(contracts.planOn(signed, LocalDate.of(2027, 3, 1)))
                    .as("consultations keep the plan's reply SLA during the pause").contains(Plan.STANDARD);
        }

        @Test
        void renewingAfterThePauseStartsTheNextTermTheDayAfterTheOldEndSoThePauseIsCovered() {
            termEndsUndecided();
            TestClock.setTokyo(LocalDate.of(2027, 3, 4));

            managerDecides(RenewalDecision.RENEW, Plan.LIGHT);
            executeDue(EngagementProcess.EVENT_TERM_ENDS);

            assertThat(instance).hasPassed(EngagementProcess.TASK_START_NEXT_TERM).isWaitingAt(EngagementProcess.EVENT_RENEWAL_REVIEW_DUE);
            Assertions.assertThat(contracts.currentTerm(signed)).satisfies(term -> {
                Assertions.assertThat(term.startsOn()).isEqualTo(LocalDate.of(2027, 3, 1));
                Assertions.assertThat(term.endsOn()).isEqualTo(LocalDate.of(2027, 8, 31));
            });
            Assertions.assertThat(contracts.findContract(signed).orElseThrow().status()).isEqualTo(ContractStatus.RUNNING);
            Assertions.assertThat(contracts.planOn(signed, LocalDate.of(2027, 3, 1))).contains(Plan.LIGHT);
            Assertions.assertThat(bookOverHttp(LocalDate.of(2027, 3, 1)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        }

        @Test
        void endingAfterThePauseEndsTheContractOnTheOldTermsLastDay() {
            termEndsUndecided();
            TestClock.setTokyo(LocalDate.of(2027, 3, 4));

            managerDecides(RenewalDecision.END, null);
            executeDue(EngagementProcess.EVENT_TERM_ENDS);

            assertThat(instance).hasPassed(EngagementProcess.TASK_RECORD_EXPIRY, EngagementProcess.END_CONTRACT_EXPIRED).isWaitingAt(EngagementProcess.TASK_CLOSING_REPORT);
            Assertions.assertThat(contracts.findContract(signed).orElseThrow()).satisfies(contract -> {
                Assertions.assertThat(contract.status()).isEqualTo(ContractStatus.ENDED);
                Assertions.assertThat(contract.endedOn()).isEqualTo(LocalDate.of(2027, 2, 28));
                Assertions.assertThat(contract.endReason()).isEqualTo(ContractEnd.NOT_RENEWED);
            });
            Assertions.assertThat(bookOverHttp(LocalDate.of(2027, 3, 1)).getBody().get("errors").toString())
                    .contains("must not be after the contract ended on 2027-02-28");
        }

        @Test
        void aCancellationTakingEffectDuringThePauseEndsTheContractWithTheUndecidedTerm() {
            fire(EngagementProcess.EVENT_RENEWAL_REVIEW_DUE);
            Notice notice = contracts.giveNotice(signed, new NoticeRequest(NoticeKind.CANCELLATION, Party.CLIENT,
                    TestClock.todayTokyo(), "予算の見直し (Budget review)", null, LocalDate.of(2027, 3, 10)),
                    "consultant");
            fire(EngagementProcess.EVENT_TRIAL_REVIEW_OVERDUE);
            fire(EngagementProcess.EVENT_TERM_ENDED_UNDECIDED);
            fire(EngagementProcess.EVENT_NOTICE_EFFECTIVE);

            assertThat(instance).hasPassed(EngagementProcess.TASK_APPLY_CANCELLATION).isWaitingAt(EngagementProcess.TASK_CLOSING_REPORT);
            Assertions.assertThat(fixture.task(signed, EngagementProcess.TASK_MANAGER_RENEWAL_DECISION)).isNull();
            Assertions.assertThat(contracts.findContract(signed).orElseThrow()).satisfies(contract -> {
                Assertions.assertThat(contract.endReason()).isEqualTo(ContractEnd.CANCELLED);
                Assertions.assertThat(contract.endedOn()).isEqualTo(LocalDate.of(2027, 2, 28));
            });
            Assertions.assertThat(contracts.notice(notice.id()).status()).isEqualTo(NoticeStatus.APPLIED);
        }

        @Test
        void aDecisionTakenBeforeTheTermEndsLeavesNoPauseTimer() {
            fire(EngagementProcess.EVENT_RENEWAL_REVIEW_DUE);
            fire(EngagementProcess.EVENT_TRIAL_REVIEW_OVERDUE);
            Assertions.assertThat(timer(EngagementProcess.EVENT_TERM_ENDED_UNDECIDED).getDuedate())
                    .isEqualTo(tokyo(LocalDateTime.of(2027, 3, 1, 0, 0)));
            managerDecides(RenewalDecision.RENEW, Plan.STANDARD);

            Assertions.assertThat(timer(EngagementProcess.EVENT_TERM_ENDED_UNDECIDED)).isNull();
            fire(EngagementProcess.EVENT_TERM_ENDS);
            assertThat(instance).hasNotPassed(EngagementProcess.TASK_PAUSE_CONTRACT).hasPassed(EngagementProcess.TASK_START_NEXT_TERM);
        }

        @Test
        void signingStartsAThreeMonthTrialWhoseReviewOpensAMonthBeforeItEnds() {
            Assertions.assertThat(contracts.currentTerm(signed)).satisfies(term -> {
                Assertions.assertThat(term.kind()).isEqualTo(TermKind.TRIAL);
                Assertions.assertThat(term.startsOn()).isEqualTo(START);
                Assertions.assertThat(term.endsOn()).isEqualTo(LocalDate.of(2027, 2, 28));
            });
            Assertions.assertThat(timer(EngagementProcess.EVENT_RENEWAL_REVIEW_DUE).getDuedate())
                    .isEqualTo(tokyo(LocalDateTime.of(2027, 2, 1, 9, 0)));
            Assertions.assertThat(runtime.getVariables(instance.getId()))
                    .containsOnlyKeys("caseNumber", "organisation", "consultant", "clientAnswer", "termKind");
        }

        @Test
        void trialReviewRenewsWithAPlanChangeThenTheRenewalEndsTheContract() {
            fire(EngagementProcess.EVENT_RENEWAL_REVIEW_DUE);
            assertThat(instance).isWaitingAt(EngagementProcess.TASK_TRIAL_REVIEW).task().isAssignedTo("consultant");
            Map<String, Object> review = decision(RenewalDecision.RENEW, Plan.ADVANCED);
            review.put("approachFits", "YES");
            fixture.complete(signed, EngagementProcess.TASK_TRIAL_REVIEW, review);

            assertThat(instance).isWaitingAt(EngagementProcess.EVENT_TERM_ENDS);
            Assertions.assertThat(timer(EngagementProcess.EVENT_TERM_ENDS).getDuedate()).isEqualTo(tokyo(LocalDateTime.of(2027, 3, 1, 0, 0)));
            fire(EngagementProcess.EVENT_TERM_ENDS);

            assertThat(instance).hasPassed(EngagementProcess.TASK_START_NEXT_TERM).isWaitingAt(EngagementProcess.EVENT_RENEWAL_REVIEW_DUE);
            Assertions.assertThat(contracts.currentTerm(signed)).satisfies(term -> {
                Assertions.assertThat(term.kind()).isEqualTo(TermKind.RENEWAL);
                Assertions.assertThat(term.startsOn()).isEqualTo(LocalDate.of(2027, 3, 1));
                Assertions.assertThat(term.endsOn()).isEqualTo(LocalDate.of(2027, 8, 31));
            });
            Assertions.assertThat(contracts.planOn(signed, LocalDate.of(2027, 2, 28))).contains(Plan.STANDARD);
            Assertions.assertThat(contracts.planOn(signed, LocalDate.of(2027, 3, 1))).contains(Plan.ADVANCED);
            Assertions.assertThat(contracts.planHistory(signed)).extracting(p -> p.source())
                    .containsExactly(PlanChangeSource.SIGNED, PlanChangeSource.RENEWAL);
            Assertions.assertThat(contracts.terms(signed).get(0).approachFits()).isTrue();

            fire(EngagementProcess.EVENT_RENEWAL_REVIEW_DUE);
            assertThat(instance).isWaitingAt(EngagementProcess.TASK_RENEWAL_DECISION);
            fixture.complete(signed, EngagementProcess.TASK_RENEWAL_DECISION, decision(RenewalDecision.END, null));
            fire(EngagementProcess.EVENT_TERM_ENDS);

            assertThat(instance).hasPassed(EngagementProcess.TASK_RECORD_EXPIRY, EngagementProcess.END_CONTRACT_EXPIRED).isWaitingAt(EngagementProcess.TASK_CLOSING_REPORT);
            Assertions.assertThat(contracts.findContract(signed).orElseThrow()).satisfies(contract -> {
                Assertions.assertThat(contract.endedOn()).isEqualTo(LocalDate.of(2027, 8, 31));
                Assertions.assertThat(contract.endReason()).isEqualTo(ContractEnd.NOT_RENEWED);
            });
            fixture.complete(signed, EngagementProcess.TASK_CLOSING_REPORT, Map.of("summary", "s", "clientState", "自走できる (Self-propelled)",
                    "nextSteps", "n"));
            assertThat(instance).isEnded();
            Assertions.assertThat(engagements.get(signed).outcome()).isEqualTo(Outcome.COMPLETED);
        }

        @Test
        void renewingWithoutANextPlanIsRefused() {
            fire(EngagementProcess.EVENT_RENEWAL_REVIEW_DUE);
            Map<String, Object> review = decision(RenewalDecision.RENEW, null);
            review.put("approachFits", "YES");

            assertThatThrownBy(() -> fixture.complete(signed, EngagementProcess.TASK_TRIAL_REVIEW, review))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("nextPlan");
            assertThat(instance).isWaitingAt(EngagementProcess.TASK_TRIAL_REVIEW);
        }

        @Test
        void anUndecidedRenewalGoesToTheManagers() {
            fire(EngagementProcess.EVENT_RENEWAL_REVIEW_DUE);
            Assertions.assertThat(timer(EngagementProcess.EVENT_TRIAL_REVIEW_OVERDUE).getDuedate())
                    .isEqualTo(tokyo(LocalDateTime.of(2027, 2, 22, 9, 0)));
            fire(EngagementProcess.EVENT_TRIAL_REVIEW_OVERDUE);

            assertThat(instance).isWaitingAt(EngagementProcess.TASK_MANAGER_RENEWAL_DECISION).task().hasCandidateGroup("managers");
            Assertions.assertThat(fixture.task(signed, EngagementProcess.TASK_TRIAL_REVIEW)).isNull();
            tasks.claim(fixture.task(signed, EngagementProcess.TASK_MANAGER_RENEWAL_DECISION).getId(), "manager");
            fixture.complete(signed, EngagementProcess.TASK_MANAGER_RENEWAL_DECISION, decision(RenewalDecision.RENEW, Plan.STANDARD));

            assertThat(instance).isWaitingAt(EngagementProcess.EVENT_TERM_ENDS);
            Assertions.assertThat(contracts.terms(signed).get(0).decidedBy()).isEqualTo("manager");
        }

        @Test
        void aCancellationNoticeEndsTheContractAMonthLaterAndCancelsOpenTasks() {
            fire(EngagementProcess.EVENT_RENEWAL_REVIEW_DUE);
            assertThat(instance).isWaitingAt(EngagementProcess.TASK_TRIAL_REVIEW);
            LocalDate noticeDate = TestClock.todayTokyo();

            var notice = contracts.giveNotice(signed, new NoticeRequest(NoticeKind.CANCELLATION, Party.CLIENT,
                    noticeDate, "社内体制の変更 (Reorganisation)", null), "consultant");

            Assertions.assertThat(notice.effectiveOn()).isEqualTo(noticeDate.plusMonths(1));
            assertThat(instance).isWaitingAt(EngagementProcess.TASK_TRIAL_REVIEW, EngagementProcess.GATEWAY_NOTICE_OUTCOME);
            fire(EngagementProcess.EVENT_NOTICE_EFFECTIVE);

            assertThat(instance).hasPassed(EngagementProcess.TASK_APPLY_CANCELLATION, EngagementProcess.END_CANCELLATION_EFFECTIVE)
                    .isWaitingAt(EngagementProcess.TASK_CLOSING_REPORT);
            Assertions.assertThat(fixture.task(signed, EngagementProcess.TASK_TRIAL_REVIEW)).isNull();
            Assertions.assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(instance.getId())
                    .taskDefinitionKey(EngagementProcess.TASK_TRIAL_REVIEW).singleResult().getDeleteReason()).isEqualTo("deleted");
            Assertions.assertThat(contracts.findContract(signed).orElseThrow()).satisfies(contract -> {
                Assertions.assertThat(contract.endReason()).isEqualTo(ContractEnd.CANCELLED);
                Assertions.assertThat(contract.endedOn()).isEqualTo(notice.effectiveOn().minusDays(1));
            });

            // the managers' timeline tells it in words
            JsonNode events = http.withBasicAuth("manager", "manager")
                    .getForObject("/api/engagements/" + signed + "/timeline?size=500", JsonNode.class).path("events");
            Assertions.assertThat(events.findValuesAsText("title")).contains("解約の申し出 (Cancellation notice)",
                    "解約の申し出 (Cancellation notice) 適用 (applied)",
                    "タスク終了 (Task ended without completion): 試行期間レビュー (Trial review)");
            Assertions.assertThat(events.findValuesAsText("summary"))
                    .anySatisfy(summary -> Assertions.assertThat(summary)
                            .startsWith("クライアント (The client): 社内体制の変更 (Reorganisation)"))
                    .anySatisfy(summary -> Assertions.assertThat(summary).endsWith(": 解約 (Cancelled)"))
                    .contains("取り消し (Cancelled: the process moved on)");
        }

        @Test
        void aRevisionNoticeSwitchesThePlanWhenItTakesEffect() {
            var notice = contracts.giveNotice(signed, new NoticeRequest(NoticeKind.REVISION, Party.FIRM,
                    TODAY, "支援範囲の拡大 (Wider scope)", Plan.ADVANCED), "consultant");
            LocalDate effective = LocalDate.of(2026, 12, 23);
            Assertions.assertThat(notice.effectiveOn()).isEqualTo(effective);

            fire(EngagementProcess.EVENT_NOTICE_EFFECTIVE);

            assertThat(instance).hasPassed(EngagementProcess.TASK_APPLY_REVISION).isWaitingAt(EngagementProcess.EVENT_RENEWAL_REVIEW_DUE);
            Assertions.assertThat(contracts.planOn(signed, effective.minusDays(1))).contains(Plan.STANDARD);
            Assertions.assertThat(contracts.planOn(signed, effective)).contains(Plan.ADVANCED);
            Assertions.assertThat(contracts.notices(signed)).singleElement()
                    .satisfies(n -> Assertions.assertThat(n.appliedAt()).isNotNull());
        }
    }
}
