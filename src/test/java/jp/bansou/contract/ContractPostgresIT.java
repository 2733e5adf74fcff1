package jp.bansou.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;

import jp.bansou.plan.Plan;
import jp.bansou.platform.BusinessTime;
import jp.bansou.testing.EmbeddedPostgresSupport;
import jp.bansou.testing.EngagementFixture;
import jp.bansou.testing.TestClock;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The contract's SQL on PostgreSQL: backdated and withdrawn notices, the undecided pause, the trial signals. */
class ContractPostgresIT extends EmbeddedPostgresSupport {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Autowired
    ContractService contracts;
    @Autowired
    EngagementFixture fixture;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;

    void fire(String caseNumber, String activityId) {
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey("engagement").singleResult().getId();
        Job timer = jobQuery().processInstanceId(instance).activityId(activityId).singleResult();
        TestClock.setTokyo(ZonedDateTime.ofInstant(timer.getDuedate().toInstant(), BusinessTime.ZONE).toLocalDateTime());
        execute(timer);
    }

    @Test
    void aBackdatedNoticeIsWithdrawnAndATermEndingUndecidedPausesTheContractUntilRenewed() {
        TestClock.setTokyo(TODAY.minusDays(10));
        String caseNumber = fixture.signedContract(Plan.STANDARD, TODAY.minusDays(5));
        TestClock.setTokyo(TODAY);

        Notice notice = contracts.giveNotice(caseNumber, new NoticeRequest(NoticeKind.CANCELLATION, Party.CLIENT,
                TODAY.minusDays(7), "予算 (Budget)", null, LocalDate.of(2027, 1, 31)), "consultant");
        Notice withdrawn = contracts.withdrawNotice(caseNumber, notice.id(), "継続 (Continue)", "manager");

        assertThat(notice.recordedOn()).isEqualTo(TODAY);
        assertThat(notice.noticeDate()).isEqualTo(TODAY.minusDays(7));
        assertThat(withdrawn.status()).isEqualTo(NoticeStatus.WITHDRAWN);
        assertThat(withdrawn.withdrawnAt()).isNotNull();

        fire(caseNumber, "Event_RenewalReviewDue");
        fire(caseNumber, "Event_TrialReviewOverdue");
        fire(caseNumber, "Event_TermEndedUndecided");
        assertThat(contracts.findContract(caseNumber).orElseThrow().status()).isEqualTo(ContractStatus.PAUSED_UNDECIDED);

        tasks.claim(fixture.task(caseNumber, "Task_ManagerRenewalDecision").getId(), "manager");
        fixture.complete(caseNumber, "Task_ManagerRenewalDecision",
                Map.of("decision", "RENEW", "nextPlan", "LIGHT", "decisionNote", "継続 (Continue)"));
        fire(caseNumber, "Event_TermEnds");

        assertThat(contracts.findContract(caseNumber).orElseThrow().status()).isEqualTo(ContractStatus.RUNNING);
        assertThat(contracts.terms(caseNumber)).extracting(Term::endedUndecidedAt).first().isNotNull();
        assertThat(contracts.currentTerm(caseNumber).startsOn()).isEqualTo(LocalDate.of(2027, 2, 18));
    }

    @Test
    void theTrialSignalsAreKeptAndAPendingNoticeIsSupersededWhenTheContractExpires() {
        TestClock.setTokyo(TODAY);
        String caseNumber = fixture.signedContract(Plan.STANDARD, LocalDate.of(2026, 12, 1));
        fire(caseNumber, "Event_RenewalReviewDue");
        Notice notice = contracts.giveNotice(caseNumber, new NoticeRequest(NoticeKind.REVISION, Party.FIRM,
                TestClock.todayTokyo(), "軽く (Lighter)", Plan.LIGHT, LocalDate.of(2027, 4, 1)), "consultant");
        tasks.complete(fixture.task(caseNumber, "Task_TrialReview").getId(), Map.of("decision", "END",
                "approachFits", "NO", "decisionNote", "自走へ (Going alone)", "confusionPointsInWords", true,
                "whatToDecideClear", false, "fewerStalls", true));
        fire(caseNumber, "Event_TermEnds");

        assertThat(contracts.terms(caseNumber).get(0).trialSignals()).satisfies(signals -> {
            assertThat(signals.confusionPointsInWords()).isTrue();
            assertThat(signals.whatToDecideClear()).isFalse();
            assertThat(signals.fewerStalls()).isTrue();
        });
        assertThat(contracts.notice(notice.id()).status()).isEqualTo(NoticeStatus.SUPERSEDED);
        assertThat(contracts.findContract(caseNumber).orElseThrow().endedOn()).isEqualTo(LocalDate.of(2027, 2, 28));
    }
}
