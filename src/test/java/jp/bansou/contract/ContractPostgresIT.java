package jp.bansou.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import jp.bansou.engagement.EngagementProcess;
import jp.bansou.plan.Plan;
import jp.bansou.testing.EmbeddedPostgresSupport;
import jp.bansou.testing.EngagementFixture;
import jp.bansou.testing.TestClock;

import jp.bansou.testing.Timers;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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
                .processDefinitionKey(EngagementProcess.PROCESS_ID).singleResult().getId();
        Timers.fire(instance, activityId);
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

        fire(caseNumber, EngagementProcess.EVENT_RENEWAL_REVIEW_DUE);
        fire(caseNumber, EngagementProcess.EVENT_TRIAL_REVIEW_OVERDUE);
        fire(caseNumber, EngagementProcess.EVENT_TERM_ENDED_UNDECIDED);
        assertThat(contracts.findContract(caseNumber).orElseThrow().status()).isEqualTo(ContractStatus.PAUSED_UNDECIDED);

        tasks.claim(fixture.task(caseNumber, EngagementProcess.TASK_MANAGER_RENEWAL_DECISION).getId(), "manager");
        fixture.complete(caseNumber, EngagementProcess.TASK_MANAGER_RENEWAL_DECISION,
                Map.of("decision", "RENEW", "nextPlan", "LIGHT", "decisionNote", "継続 (Continue)"));
        fire(caseNumber, EngagementProcess.EVENT_TERM_ENDS);

        assertThat(contracts.findContract(caseNumber).orElseThrow().status()).isEqualTo(ContractStatus.RUNNING);
        assertThat(contracts.terms(caseNumber)).extracting(Term::endedUndecidedAt).first().isNotNull();
        assertThat(contracts.currentTerm(caseNumber).startsOn()).isEqualTo(LocalDate.of(2027, 2, 18));
    }

    @Test
    void theTrialSignalsAreKeptAndAPendingNoticeIsSupersededWhenTheContractExpires() {
        TestClock.setTokyo(TODAY);
        String caseNumber = fixture.signedContract(Plan.STANDARD, LocalDate.of(2026, 12, 1));
        fire(caseNumber, EngagementProcess.EVENT_RENEWAL_REVIEW_DUE);
        Notice notice = contracts.giveNotice(caseNumber, new NoticeRequest(NoticeKind.REVISION, Party.FIRM,
                TestClock.todayTokyo(), "軽く (Lighter)", Plan.LIGHT, LocalDate.of(2027, 4, 1)), "consultant");
        tasks.complete(fixture.task(caseNumber, EngagementProcess.TASK_TRIAL_REVIEW).getId(), Map.of("decision", "END",
                "approachFits", "NO", "decisionNote", "自走へ (Going alone)", "confusionPointsInWords", true,
                "whatToDecideClear", false, "fewerStalls", true));
        fire(caseNumber, EngagementProcess.EVENT_TERM_ENDS);

        assertThat(contracts.terms(caseNumber).get(0).trialSignals()).satisfies(signals -> {
            assertThat(signals.confusionPointsInWords()).isTrue();
            assertThat(signals.whatToDecideClear()).isFalse();
            assertThat(signals.fewerStalls()).isTrue();
        });
        assertThat(contracts.notice(notice.id()).status()).isEqualTo(NoticeStatus.SUPERSEDED);
        assertThat(contracts.findContract(caseNumber).orElseThrow().endedOn()).isEqualTo(LocalDate.of(2027, 2, 28));
    }
}
