package jp.bansou.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import jp.bansou.BansouTest;
import jp.bansou.contract.ContractService;
import jp.bansou.contract.NoticeKind;
import jp.bansou.contract.NoticeRequest;
import jp.bansou.contract.Party;
import jp.bansou.engagement.EngagementProcess;
import jp.bansou.notification.Notifier;
import jp.bansou.notification.OutboxMessage;
import jp.bansou.plan.Plan;
import jp.bansou.platform.BusinessTime;
import jp.bansou.platform.InvalidInputException;
import jp.bansou.testing.EngagementFixture;
import jp.bansou.testing.TestClock;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The ledger on the real engine and database: booking, holding over the cap, warnings, reversals, proration. */
@BansouTest
class HourLedgerTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 20);
    static final LocalDate START = LocalDate.of(2026, 12, 1);
    static final YearMonth DECEMBER = YearMonth.of(2026, 12);

    @Autowired
    HourLedger ledger;
    @Autowired
    EngagementFixture fixture;
    @Autowired
    ContractService contracts;
    @Autowired
    Notifier notifier;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;

    String caseNumber;

    @BeforeEach
    void standardContractSinceTheFirst() {
        TestClock.setTokyo(TODAY);
        caseNumber = fixture.signedContract(Plan.STANDARD, START);
    }

    TimeEntry record(LocalDate date, int minutes) {
        return ledger.record(entry(caseNumber, date, minutes, TimeEntryCategory.PREPARATION, false));
    }

    static NewTimeEntry entry(String caseNumber, LocalDate date, int minutes, TimeEntryCategory category,
            boolean scheduled) {
        return new NewTimeEntry(caseNumber, EngagementFixture.CONSULTANT, date, minutes, category, scheduled,
                "論点の整理 (Sorting the issues)", EngagementFixture.CONSULTANT);
    }

    List<OutboxMessage> messages(String user, String topic) {
        return notifier.messagesFor(user).stream()
                .filter(m -> m.topic().equals(topic) && m.subject().contains(caseNumber)).toList();
    }

    long approvals() {
        return runtime.createProcessInstanceQuery().processDefinitionKey(OverCapApprovalProcess.PROCESS_ID)
                .processInstanceBusinessKey(caseNumber).count();
    }

    @Test
    void anEntryWithinTheCapIsBookedAndCounted() {
        TimeEntry entry = record(LocalDate.of(2026, 12, 3), 90);

        assertThat(entry.status()).isEqualTo(TimeEntryStatus.BOOKED);
        assertThat(entry.plan()).isEqualTo(Plan.STANDARD);
        assertThat(entry.recordedAt()).isNotNull();
        MonthlyBalance balance = ledger.balance(caseNumber, DECEMBER);
        assertThat(balance.capMinutes()).isEqualTo(1440);
        assertThat(balance.usedMinutes()).isEqualTo(90);
        assertThat(balance.remainingMinutes()).isEqualTo(1350);
        assertThat(balance.percentUsed()).isEqualByComparingTo(new BigDecimal("6.3"));
        assertThat(balance.scheduledMeetingsPlanned()).isEqualTo(4);
        assertThat(balance.spot()).isFalse();
        assertThat(balance.closed()).isFalse();
        assertThat(balance.entries()).containsExactly(entry);
        assertThat(approvals()).isZero();
    }

    @Test
    void anEntryThatWouldPassTheCapIsHeldForTheManagers() {
        record(LocalDate.of(2026, 12, 2), 1400);
        TimeEntry held = record(LocalDate.of(2026, 12, 3), 60);

        assertThat(held.status()).isEqualTo(TimeEntryStatus.PENDING_APPROVAL);
        assertThat(approvals()).isOne();
        MonthlyBalance balance = ledger.balance(caseNumber, DECEMBER);
        assertThat(balance.usedMinutes()).isEqualTo(1400);
        assertThat(balance.pendingMinutes()).isEqualTo(60);
        assertThat(balance.remainingMinutes()).isEqualTo(40);

        TimeEntry fits = record(LocalDate.of(2026, 12, 4), 40);
        assertThat(fits.status()).as("the last free minutes are still bookable").isEqualTo(TimeEntryStatus.BOOKED);
        assertThat(record(LocalDate.of(2026, 12, 4), 1).status()).isEqualTo(TimeEntryStatus.PENDING_APPROVAL);
        assertThat(approvals()).isEqualTo(2);
    }

    @Test
    void theConsultantAndTheManagersAreWarnedOnceWhenEightyPercentIsUsed() {
        record(LocalDate.of(2026, 12, 2), 1151);
        assertThat(messages("consultant", HourLedger.TOPIC_WARNING)).isEmpty();

        record(LocalDate.of(2026, 12, 3), 1);
        record(LocalDate.of(2026, 12, 4), 100);

        assertThat(messages("consultant", HourLedger.TOPIC_WARNING)).singleElement().satisfies(message -> {
            assertThat(message.email()).isEqualTo("consultant@bansou.example");
            assertThat(message.subject()).contains("2026-12", "80%");
            assertThat(message.body()).contains("1152 / 上限 1440");
        });
        assertThat(messages("manager", HourLedger.TOPIC_WARNING)).hasSize(1);
        assertThat(messages("consultant2", HourLedger.TOPIC_WARNING)).isEmpty();
    }

    @Test
    void anEntryThatJumpsFromUnderEightyPercentPastTheCapWarnsOnceBesidesStartingTheApproval() {
        record(LocalDate.of(2026, 12, 2), 600);
        assertThat(messages("consultant", HourLedger.TOPIC_WARNING)).isEmpty();

        TimeEntry jump = record(LocalDate.of(2026, 12, 3), 900);

        assertThat(jump.status()).isEqualTo(TimeEntryStatus.PENDING_APPROVAL);
        assertThat(approvals()).isOne();
        assertThat(messages("consultant", HourLedger.TOPIC_WARNING)).singleElement().satisfies(message -> {
            assertThat(message.subject()).contains("2026-12", "80%");
            assertThat(message.body()).contains("600 / 上限 1440", "900 分", "超過承認待ち");
        });
        assertThat(messages("manager", HourLedger.TOPIC_WARNING)).hasSize(1);

        assertThat(record(LocalDate.of(2026, 12, 4), 900).status()).isEqualTo(TimeEntryStatus.PENDING_APPROVAL);
        assertThat(approvals()).isEqualTo(2);
        assertThat(messages("consultant", HourLedger.TOPIC_WARNING)).as("once per case and month").hasSize(1);
    }

    @Test
    void aReversalCancelsItsEntryOnceAndCannotItselfBeReversed() {
        TimeEntry original = ledger.record(entry(caseNumber, LocalDate.of(2026, 12, 5), 60,
                TimeEntryCategory.MEETING, true));

        TimeEntry reversal = ledger.reverse(caseNumber, original.id(), null, "manager");

        assertThat(reversal.minutes()).isEqualTo(-60);
        assertThat(reversal.reverses()).isEqualTo(original.id());
        assertThat(reversal.workDate()).isEqualTo(original.workDate());
        assertThat(reversal.recordedBy()).isEqualTo("manager");
        assertThat(reversal.note()).contains("Reversal of entry " + original.id());
        assertThat(ledger.get(caseNumber, original.id()).reversedBy()).isEqualTo(reversal.id());
        MonthlyBalance balance = ledger.balance(caseNumber, DECEMBER);
        assertThat(balance.usedMinutes()).isZero();
        assertThat(balance.scheduledMeetingsHeld()).isZero();
        assertThat(balance.entries()).hasSize(2);

        assertThatThrownBy(() -> ledger.reverse(caseNumber, original.id(), null, "consultant"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("id: entry " + original.id() + " was already reversed by entry " + reversal.id());
        assertThatThrownBy(() -> ledger.reverse(caseNumber, reversal.id(), null, "consultant"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("a reversal cannot be reversed");
        assertThat(ledger.balance(caseNumber, DECEMBER).entries()).hasSize(2);
    }

    @Test
    void anEntryWaitingForApprovalIsReversedOnlyOnceDecided() {
        record(LocalDate.of(2026, 12, 2), 1440);
        TimeEntry held = record(LocalDate.of(2026, 12, 3), 30);

        assertThatThrownBy(() -> ledger.reverse(caseNumber, held.id(), "誤入力 (Typo)", "consultant"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("awaits a manager's over-cap decision");

        ledger.decide(held.id(), OverCapDecision.APPROVE, null, "manager");
        assertThat(ledger.balance(caseNumber, DECEMBER).approvedOverCapMinutes()).isEqualTo(30);
        TimeEntry reversal = ledger.reverse(caseNumber, held.id(), "誤入力 (Typo)", "consultant");

        assertThat(reversal.status()).isEqualTo(TimeEntryStatus.APPROVED_OVER_CAP);
        assertThat(reversal.note()).isEqualTo("誤入力 (Typo)");
        MonthlyBalance balance = ledger.balance(caseNumber, DECEMBER);
        assertThat(balance.usedMinutes()).isEqualTo(1440);
        assertThat(balance.approvedOverCapMinutes()).isZero();
    }

    @Test
    void scheduledMeetingsHeldAreCountedAgainstThePlan() {
        ledger.record(entry(caseNumber, LocalDate.of(2026, 12, 7), 60, TimeEntryCategory.MEETING, true));
        ledger.record(entry(caseNumber, LocalDate.of(2026, 12, 14), 60, TimeEntryCategory.MEETING, true));
        ledger.record(entry(caseNumber, LocalDate.of(2026, 12, 15), 30, TimeEntryCategory.MEETING, false));

        MonthlyBalance balance = ledger.balance(caseNumber, DECEMBER);
        assertThat(balance.scheduledMeetingsHeld()).isEqualTo(2);
        assertThat(balance.scheduledMeetingsPlanned()).isEqualTo(4);
        assertThatThrownBy(() -> ledger.record(entry(caseNumber, TODAY, 30, TimeEntryCategory.REVIEW, true)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("scheduledMeeting: only a MEETING can be a scheduled meeting");
    }

    @Test
    void everyInvalidValueIsNamedAndNothingIsWritten() {
        NewTimeEntry invalid = new NewTimeEntry(caseNumber, "nobody", TODAY.plusDays(1), 0, null, false,
                "x".repeat(4001), "consultant");

        assertThatThrownBy(() -> ledger.record(invalid))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(InvalidInputException.FieldProblem::field)
                        .containsExactly("consultant", "workDate", "minutes", "category", "note"));
        assertThatThrownBy(() -> record(START.minusDays(1), 60))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("workDate: must not be before the contract started on 2026-12-01");
        assertThatThrownBy(() -> record(TODAY, 24 * 60 + 1))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("minutes: must be between 1 and 1440");
        assertThat(ledger.balance(caseNumber, DECEMBER).entries()).isEmpty();
    }

    @Test
    void aCaseWithoutContractOrSpotTakesNoTime() {
        String inquiry = fixture.inquiry();

        assertThatThrownBy(() -> ledger.record(entry(inquiry, TODAY, 30, TimeEntryCategory.OTHER, false)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("caseNumber: " + inquiry + " has no running contract");
    }

    @Test
    void theUsageTrendShowsEachMonthAgainstItsCap() {
        record(LocalDate.of(2026, 12, 1), 600);

        assertThat(ledger.monthlyUsage(caseNumber, DECEMBER, 3)).containsExactly(
                new MonthlyUsage(YearMonth.of(2026, 10), 0, 0),
                new MonthlyUsage(YearMonth.of(2026, 11), 0, 0),
                new MonthlyUsage(DECEMBER, 1440, 600));
        assertThat(ledger.monthlyUsage(caseNumber, 1)).containsExactly(new MonthlyUsage(DECEMBER, 1440, 600));
        assertThatThrownBy(() -> ledger.monthlyUsage(caseNumber, DECEMBER, 0))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("months");
    }

    @Nested
    class PlanChanges {

        @Test
        void aRevisionMidMonthProratesTheCapByTheDaysOfEachPlan() {
            contracts.giveNotice(caseNumber, new NoticeRequest(NoticeKind.REVISION, Party.CLIENT,
                    LocalDate.of(2026, 12, 22), "変革に踏み込む (Go for transformation)", Plan.ADVANCED), "consultant");
            // the revision takes effect a month later, on 2027-01-22
            Job effective = management.createJobQuery().processInstanceId(runtime.createProcessInstanceQuery()
                    .processInstanceBusinessKey(caseNumber).processDefinitionKey(EngagementProcess.PROCESS_ID).singleResult().getId())
                    .activityId(EngagementProcess.EVENT_NOTICE_EFFECTIVE).singleResult();
            TestClock.setTokyo(ZonedDateTime.ofInstant(effective.getDuedate().toInstant(), BusinessTime.ZONE)
                    .toLocalDateTime());
            management.executeJob(effective.getId());
            TestClock.setTokyo(LocalDate.of(2027, 1, 31));

            MonthlyBalance january = ledger.balance(caseNumber, YearMonth.of(2027, 1));

            // (24 h × 21 days + 32 h × 10 days) / 31 days = 49,440 / 31 minutes
            assertThat(january.capMinutes()).isEqualTo(1595);
            assertThat(january.shares()).extracting(CapShare::plan, CapShare::days)
                    .containsExactly(tuple(Plan.STANDARD, 21), tuple(Plan.ADVANCED, 10));
            record(LocalDate.of(2027, 1, 10), 1000);
            assertThat(record(LocalDate.of(2027, 1, 25), 595).status()).isEqualTo(TimeEntryStatus.BOOKED);
            assertThat(record(LocalDate.of(2027, 1, 26), 1).status()).isEqualTo(TimeEntryStatus.PENDING_APPROVAL);
            assertThat(record(LocalDate.of(2027, 1, 26), 1).plan()).isEqualTo(Plan.ADVANCED);
        }
    }

    @Nested
    class Spot {

        String acceptedSpot() {
            String spot = fixture.inquiry();
            Map<String, Object> hearing = EngagementFixture.standardHearing();
            hearing.put("oneOffNeed", true);
            fixture.complete(spot, EngagementProcess.TASK_HEARING, hearing);
            fixture.complete(spot, EngagementProcess.TASK_PROPOSE_PLAN, Map.of("plan", "SPOT", "spotHours", 6, "spotBudgetYen", 60000));
            fixture.complete(spot, EngagementProcess.TASK_CLIENT_ANSWER, Map.of("clientAnswer", "ACCEPTED"));
            return spot;
        }

        Map<String, Object> session(int minutes, boolean another) {
            return Map.of("heldOn", TODAY.toString(), "minutes", minutes, "notes", "論点を整理 (Sorted the issues)",
                    "anotherSession", another);
        }

        @Test
        void spotSessionsCountAgainstTheHoursAgreedForTheWholeSpot() {
            String spot = acceptedSpot();
            fixture.complete(spot, EngagementProcess.TASK_SPOT_SESSION, session(300, true));

            MonthlyBalance balance = ledger.balance(spot, DECEMBER);
            assertThat(balance.spot()).isTrue();
            assertThat(balance.capMinutes()).isEqualTo(360);
            assertThat(balance.usedMinutes()).isEqualTo(300);
            assertThat(balance.entries()).singleElement().satisfies(entry -> {
                assertThat(entry.plan()).isEqualTo(Plan.SPOT);
                assertThat(entry.category()).isEqualTo(TimeEntryCategory.MEETING);
                assertThat(entry.consultant()).isEqualTo("consultant");
            });

            fixture.complete(spot, EngagementProcess.TASK_SPOT_SESSION, session(90, false));
            assertThat(ledger.balance(spot, YearMonth.of(2027, 1)).pendingMinutes())
                    .as("a spot's figures cover the whole spot, whatever the month").isEqualTo(90);
            assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(OverCapApprovalProcess.PROCESS_ID)
                    .processInstanceBusinessKey(spot).count()).isOne();
        }

        @Test
        void aSpotNotYetAcceptedTakesNoTime() {
            String spot = fixture.inquiry();
            Map<String, Object> hearing = EngagementFixture.standardHearing();
            hearing.put("oneOffNeed", true);
            fixture.complete(spot, EngagementProcess.TASK_HEARING, hearing);
            fixture.complete(spot, EngagementProcess.TASK_PROPOSE_PLAN, Map.of("plan", "SPOT", "spotHours", 6, "spotBudgetYen", 60000));

            assertThatThrownBy(() -> ledger.record(entry(spot, TODAY, 30, TimeEntryCategory.PREPARATION, false)))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("has no running contract");
        }
    }
}
