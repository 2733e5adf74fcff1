package jp.bansou.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import jp.bansou.BansouTest;
import jp.bansou.plan.Plan;
import jp.bansou.platform.BusinessTime;
import jp.bansou.platform.InvalidInputException;
import jp.bansou.testing.EngagementFixture;
import jp.bansou.testing.TestClock;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quartz.CronExpression;
import org.quartz.CronTrigger;
import org.quartz.Job;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.quartz.impl.JobExecutionContextImpl;
import org.quartz.spi.OperableTrigger;
import org.quartz.spi.TriggerFiredBundle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.quartz.SpringBeanJobFactory;

/**
 * 月次締め (Monthly close) on Quartz: when the cron fires in Tokyo, that running it twice gives one snapshot, and
 * that what comes later for a closed month is a prior-period adjustment in the open month. Closed months are closed for every case of the shared test database, so
 * these tests close months (2031) that no other test uses.
 */
@BansouTest
class MonthlyCloseTest {

    static Instant tokyo(LocalDateTime time) {
        return time.atZone(BusinessTime.ZONE).toInstant();
    }

    @Nested
    class Schedule {

        @Autowired
        @Qualifier("monthlyCloseTrigger")
        Trigger trigger;
        @Autowired
        @Qualifier("monthlyCloseJob")
        JobDetail job;
        @Autowired
        Scheduler scheduler;

        @Test
        void theCronFiresOnTheFirstAt0005InTokyo() {
            CronTrigger cron = (CronTrigger) trigger;

            assertThat(cron.getCronExpression()).isEqualTo("0 5 0 1 * ?");
            assertThat(cron.getTimeZone().toZoneId()).isEqualTo(BusinessTime.ZONE);
            assertThat(cron.getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
            Date next = cron.getFireTimeAfter(Date.from(tokyo(LocalDateTime.of(2026, 11, 30, 23, 0))));
            assertThat(next.toInstant()).isEqualTo(tokyo(LocalDateTime.of(2026, 12, 1, 0, 5)))
                    .isEqualTo(Instant.parse("2026-11-30T15:05:00Z"));
            assertThat(cron.getFireTimeAfter(next).toInstant()).isEqualTo(Instant.parse("2026-12-31T15:05:00Z"));
            assertThat(cron.getFireTimeAfter(Date.from(Instant.parse("2027-01-31T15:04:59Z"))).toInstant())
                    .as("00:05 on 1 February in Tokyo is still 31 January in UTC")
                    .isEqualTo(Instant.parse("2027-01-31T15:05:00Z"));
        }

        @Test
        void theClusteredJdbcStoreHoldsTheJobAndItsTrigger() throws Exception {
            assertThat(scheduler.getMetaData().isJobStoreClustered()).isTrue();
            assertThat(scheduler.getMetaData().isJobStoreSupportsPersistence()).isTrue();
            JobDetail stored = scheduler.getJobDetail(job.getKey());
            assertThat(stored.getJobClass()).isEqualTo(MonthlyCloseJob.class);
            assertThat(stored.isDurable()).isTrue();
            assertThat(stored.requestsRecovery()).isTrue();
            assertThat(scheduler.getTrigger(trigger.getKey())).isInstanceOfSatisfying(CronTrigger.class, cron -> {
                assertThat(cron.getTimeZone().toZoneId()).isEqualTo(BusinessTime.ZONE);
                assertThat(cron.getJobKey()).isEqualTo(job.getKey());
                assertThat(cron.getNextFireTime())
                        .as("due at once: a started scheduler fires it once (misfire: fire once now)")
                        .isBeforeOrEqualTo(new Date());
            });
        }

        @Test
        void theTriggerStartsAtTheLastScheduledCloseSoThatAMissedOneFiresAtStartUp() throws Exception {
            CronExpression cron = HoursConfiguration.cron("0 5 0 1 * ?");

            assertThat(HoursConfiguration.lastFireTime(cron, tokyo(LocalDateTime.of(2026, 12, 15, 12, 0))).toInstant())
                    .isEqualTo(tokyo(LocalDateTime.of(2026, 12, 1, 0, 5)));
            assertThat(HoursConfiguration.lastFireTime(cron, tokyo(LocalDateTime.of(2026, 12, 1, 0, 5))).toInstant())
                    .isEqualTo(tokyo(LocalDateTime.of(2026, 12, 1, 0, 5)));
            assertThat(HoursConfiguration.lastFireTime(cron, tokyo(LocalDateTime.of(2026, 12, 1, 0, 4))).toInstant())
                    .isEqualTo(tokyo(LocalDateTime.of(2026, 11, 1, 0, 5)));
            CronExpression yearly = HoursConfiguration.cron("0 0 0 1 1 ?");
            Instant now = tokyo(LocalDateTime.of(2026, 12, 15, 12, 0));
            assertThat(HoursConfiguration.lastFireTime(yearly, now).toInstant())
                    .as("nothing to catch up within the look-back").isEqualTo(now);
        }
    }

    @Nested
    class Closing {

        @Autowired
        EngagementFixture fixture;
        @Autowired
        HourLedger ledger;
        @Autowired
        MonthlyClose close;
        @Autowired
        ApplicationContext context;
        @Autowired
        Scheduler scheduler;
        @Autowired
        @Qualifier("monthlyCloseTrigger")
        Trigger trigger;
        @Autowired
        @Qualifier("monthlyCloseJob")
        JobDetail job;
        @Autowired
        TestRestTemplate rest;
        @Autowired
        JdbcClient jdbc;

        String caseNumber;
        TimeEntry meeting;
        TimeEntry held;

        /** A month of work on a new case; each test closes a month of its own (closing is for every case). */
        void aMonthOfWork(YearMonth month) {
            TestClock.setTokyo(month.atDay(10));
            caseNumber = fixture.signedContract(Plan.STANDARD, month.atDay(1));
            meeting = ledger.record(new NewTimeEntry(caseNumber, "consultant", month.atDay(5), 60,
                    TimeEntryCategory.MEETING, true, "定例会 (Scheduled meeting)", "consultant"));
            ledger.record(new NewTimeEntry(caseNumber, "consultant", month.atDay(9), 1200,
                    TimeEntryCategory.ISSUE_MAPPING, false, null, "consultant"));
            held = ledger.record(new NewTimeEntry(caseNumber, "consultant", month.atDay(10), 300,
                    TimeEntryCategory.REVIEW, false, null, "consultant"));
        }

        /** As Quartz runs a fired trigger: a job instance from Spring's job factory, executed with its context. */
        void runTheJob() throws Exception {
            SpringBeanJobFactory factory = new SpringBeanJobFactory();
            factory.setApplicationContext(context);
            Date now = new Date(TestClock.todayTokyo().atStartOfDay(BusinessTime.ZONE).toInstant().toEpochMilli());
            TriggerFiredBundle bundle = new TriggerFiredBundle(job, (OperableTrigger) trigger, null, false, now, now,
                    null, null);
            Job instance = factory.newJob(bundle, scheduler);
            instance.execute(new JobExecutionContextImpl(scheduler, bundle, instance));
        }

        List<MonthlyCloseSnapshot> snapshots(YearMonth month) {
            return close.report(month).cases().stream().filter(s -> s.caseNumber().equals(caseNumber)).toList();
        }

        @Test
        void runningTheJobTwiceAtTheCronTimeGivesOneSnapshotThatNeverChanges() throws Exception {
            YearMonth march = YearMonth.of(2031, 3);
            aMonthOfWork(march);
            TestClock.setTokyo(LocalDateTime.of(2031, 4, 1, 0, 5));

            runTheJob();
            runTheJob();

            assertThat(close.isClosed(march)).isTrue();
            assertThat(snapshots(march)).singleElement().satisfies(snapshot -> {
                assertThat(snapshot.plans()).containsExactly(Plan.STANDARD);
                assertThat(snapshot.capMinutes()).isEqualTo(1440);
                assertThat(snapshot.usedMinutes()).isEqualTo(1260);
                assertThat(snapshot.pendingMinutes()).isEqualTo(300);
                assertThat(snapshot.approvedOverCapMinutes()).isZero();
                assertThat(snapshot.declinedMinutes()).isZero();
                assertThat(snapshot.scheduledMeetingsHeld()).isOne();
                assertThat(snapshot.scheduledMeetingsPlanned()).isEqualTo(4);
                assertThat(snapshot.closedAt()).isEqualTo(tokyo(LocalDateTime.of(2031, 4, 1, 0, 5)));
            });
            assertThat(close.close(march)).as("a third run adds nothing").isZero();

            ledger.decide(held.id(), OverCapDecision.APPROVE, null, "manager");
            assertThat(ledger.balance(caseNumber, march).usedMinutes()).isEqualTo(1560);
            assertThat(snapshots(march)).singleElement()
                    .satisfies(snapshot -> assertThat(snapshot.usedMinutes()).isEqualTo(1260));
            assertThat(ledger.balance(caseNumber, march).closed()).isTrue();
        }

        Map<String, Object> snapshotRow(YearMonth month) {
            return jdbc.sql("SELECT * FROM monthly_close WHERE case_number = :caseNumber AND month_start = :monthStart")
                    .param("caseNumber", caseNumber).param("monthStart", month.atDay(1)).query().singleRow();
        }

        List<PriorPeriodAdjustment> ofThisCase(Adjustments adjustments) {
            return adjustments.items().stream().filter(a -> a.caseNumber().equals(caseNumber)).toList();
        }

        @Test
        void entriesReversalsAndDecisionsForAClosedMonthAreAdjustmentsInTheOpenMonthAndLeaveTheSnapshotAlone() {
            YearMonth may = YearMonth.of(2031, 5);
            YearMonth june = YearMonth.of(2031, 6);
            aMonthOfWork(may);
            TestClock.setTokyo(LocalDateTime.of(2031, 6, 1, 0, 5));
            assertThat(close.closePreviousMonth()).isEqualTo(may);
            Map<String, Object> closedRow = snapshotRow(may);
            TestClock.setTokyo(LocalDate.of(2031, 6, 2));

            TimeEntry late = ledger.record(new NewTimeEntry(caseNumber, "consultant", may.atEndOfMonth(), 120,
                    TimeEntryCategory.OTHER, false, "締め後の記録 (Recorded after the close)", "consultant"));
            TimeEntry reversal = ledger.reverse(caseNumber, meeting.id(), null, "consultant");
            ledger.decide(held.id(), OverCapDecision.APPROVE, null, "manager");
            TimeEntry overTheClosedCap = ledger.record(new NewTimeEntry(caseNumber, "consultant", may.atDay(20), 30,
                    TimeEntryCategory.OTHER, false, null, "consultant"));
            TimeEntry june2 = ledger.record(new NewTimeEntry(caseNumber, "consultant", june.atDay(2), 600,
                    TimeEntryCategory.OTHER, false, null, "consultant"));

            assertThat(snapshotRow(may)).as("the closed snapshot's row is unchanged, column for column")
                    .isEqualTo(closedRow);
            assertThat(late.status()).as("it fits the closed month's cap").isEqualTo(TimeEntryStatus.BOOKED);
            assertThat(overTheClosedCap.status()).as("May now stands at 1620 of its 1440 minutes")
                    .isEqualTo(TimeEntryStatus.PENDING_APPROVAL);
            assertThat(june2.status()).isEqualTo(TimeEntryStatus.BOOKED);

            MonthlyReport mayReport = close.report(may);
            assertThat(ofThisCase(mayReport.adjustmentsAfterClose()))
                    .extracting(PriorPeriodAdjustment::kind, PriorPeriodAdjustment::entryId,
                            PriorPeriodAdjustment::originalEntryId, PriorPeriodAdjustment::usedMinutes,
                            PriorPeriodAdjustment::pendingMinutes, PriorPeriodAdjustment::closedMonth,
                            PriorPeriodAdjustment::bookedMonth)
                    .containsExactly(
                            tuple(AdjustmentKind.ENTRY, late.id(), null, 120, 0, may, june),
                            tuple(AdjustmentKind.REVERSAL, reversal.id(), meeting.id(), -60, 0, may, june),
                            tuple(AdjustmentKind.APPROVAL, held.id(), null, 300, -300, may, june),
                            tuple(AdjustmentKind.ENTRY, overTheClosedCap.id(), null, 0, 30, may, june));
            assertThat(snapshots(may)).singleElement().satisfies(snapshot -> {
                assertThat(snapshot.usedMinutes()).isEqualTo(1260);
                assertThat(snapshot.pendingMinutes()).isEqualTo(300);
                assertThat(snapshot.scheduledMeetingsHeld()).isOne();
            });
            assertThat(ofThisCase(close.report(june).priorPeriodAdjustments()))
                    .as("the open month's report counts them too")
                    .extracting(PriorPeriodAdjustment::entryId)
                    .containsExactly(late.id(), reversal.id(), held.id(), overTheClosedCap.id());

            MonthlyBalance mayBalance = ledger.balance(caseNumber, may);
            assertThat(mayBalance.closed()).isTrue();
            assertThat(mayBalance.closedSnapshot().usedMinutes()).isEqualTo(1260);
            assertThat(mayBalance.adjustmentsAfterClose().count()).isEqualTo(4);
            assertThat(mayBalance.adjustmentsAfterClose().usedMinutes()).isEqualTo(360);
            assertThat(mayBalance.adjustmentsAfterClose().pendingMinutes()).isEqualTo(-270);
            assertThat(mayBalance.usedMinutes()).as("snapshot plus adjustments").isEqualTo(1260 + 360);
            assertThat(mayBalance.pendingMinutes()).isEqualTo(300 - 270);

            MonthlyBalance juneBalance = ledger.balance(caseNumber, june);
            assertThat(juneBalance.priorPeriodAdjustments().usedMinutes()).isEqualTo(360);
            assertThat(juneBalance.usedMinutes()).as("adjustments do not consume the open month's cap").isEqualTo(600);
            assertThat(juneBalance.remainingMinutes()).isEqualTo(840);
            assertThat(juneBalance.entries()).extracting(TimeEntry::id).containsExactly(june2.id());
        }

        @Test
        void aDeclineAfterTheCloseIsAnAdjustmentThatTakesThePendingMinutesAway() {
            YearMonth october = YearMonth.of(2031, 10);
            aMonthOfWork(october);
            TestClock.setTokyo(LocalDateTime.of(2031, 11, 1, 0, 5));
            close.closePreviousMonth();
            Map<String, Object> closedRow = snapshotRow(october);
            TestClock.setTokyo(LocalDate.of(2031, 11, 4));

            ledger.decide(held.id(), OverCapDecision.DECLINE, "上限内で対応 (Within the cap)", "manager");

            assertThat(ofThisCase(close.report(october).adjustmentsAfterClose())).singleElement()
                    .satisfies(adjustment -> {
                        assertThat(adjustment.kind()).isEqualTo(AdjustmentKind.DECLINE);
                        assertThat(adjustment.entryId()).isEqualTo(held.id());
                        assertThat(adjustment.usedMinutes()).isZero();
                        assertThat(adjustment.pendingMinutes()).isEqualTo(-300);
                        assertThat(adjustment.bookedMonth()).isEqualTo(YearMonth.of(2031, 11));
                        assertThat(adjustment.recordedBy()).isEqualTo("manager");
                    });
            MonthlyBalance balance = ledger.balance(caseNumber, october);
            assertThat(balance.declinedMinutes()).isEqualTo(300);
            assertThat(balance.pendingMinutes()).isZero();
            assertThat(balance.closedSnapshot().pendingMinutes()).isEqualTo(300);
            assertThat(snapshotRow(october)).isEqualTo(closedRow);
        }

        @Test
        void anAdjustmentThroughTheApiIsCreatedAndShownWithTheClosedMonthsReport() {
            YearMonth august = YearMonth.of(2031, 8);
            aMonthOfWork(august);
            TestClock.setTokyo(LocalDateTime.of(2031, 9, 1, 0, 5));
            close.closePreviousMonth();
            Map<String, Object> closedRow = snapshotRow(august);
            TestClock.setTokyo(LocalDate.of(2031, 9, 3));
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_JSON);

            ResponseEntity<JsonNode> created = rest.withBasicAuth("consultant", "consultant").exchange(
                    "/api/engagements/" + caseNumber + "/time-entries", HttpMethod.POST,
                    new HttpEntity<>("{\"workDate\": \"2031-08-31\", \"minutes\": 30, \"category\": \"OTHER\"}",
                            headers), JsonNode.class);
            ResponseEntity<JsonNode> report = rest.withBasicAuth("manager", "manager")
                    .getForEntity("/api/reports/monthly?month=2031-08", JsonNode.class);
            ResponseEntity<JsonNode> hours = rest.withBasicAuth("consultant", "consultant")
                    .getForEntity("/api/engagements/" + caseNumber + "/hours?month=2031-08", JsonNode.class);

            assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            assertThat(created.getBody().path("status").asText()).isEqualTo("BOOKED");
            assertThat(report.getBody().path("adjustmentsAfterClose").path("items")).anySatisfy(item -> {
                assertThat(item.path("caseNumber").asText()).isEqualTo(caseNumber);
                assertThat(item.path("kind").asText()).isEqualTo("ENTRY");
                assertThat(item.path("entryId").asLong()).isEqualTo(created.getBody().path("id").asLong());
                assertThat(item.path("closedMonth").asText()).isEqualTo("2031-08");
                assertThat(item.path("bookedMonth").asText()).isEqualTo("2031-09");
                assertThat(item.path("usedMinutes").asInt()).isEqualTo(30);
            });
            assertThat(report.getBody().path("cases")).anySatisfy(snapshot -> {
                assertThat(snapshot.path("caseNumber").asText()).isEqualTo(caseNumber);
                assertThat(snapshot.path("usedMinutes").asInt()).isEqualTo(1260);
            });
            assertThat(hours.getBody().path("adjustmentsAfterClose").path("usedMinutes").asInt()).isEqualTo(30);
            assertThat(hours.getBody().path("closedSnapshot").path("usedMinutes").asInt()).isEqualTo(1260);
            assertThat(hours.getBody().path("usedMinutes").asInt()).isEqualTo(1290);
            assertThat(snapshotRow(august)).isEqualTo(closedRow);
        }

        @Test
        void theManagersReportListsTheMonthsSnapshots() {
            aMonthOfWork(YearMonth.of(2031, 7));
            TestClock.setTokyo(LocalDateTime.of(2031, 8, 1, 0, 5));
            close.closePreviousMonth();

            ResponseEntity<JsonNode> report = rest.withBasicAuth("manager", "manager")
                    .getForEntity("/api/reports/monthly?month=2031-07", JsonNode.class);

            assertThat(report.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(report.getBody().path("closed").asBoolean()).isTrue();
            assertThat(report.getBody().path("closedAt").asText()).isEqualTo("2031-07-31T15:05:00Z");
            assertThat(report.getBody().path("cases")).anySatisfy(snapshot -> {
                assertThat(snapshot.path("caseNumber").asText()).isEqualTo(caseNumber);
                assertThat(snapshot.path("usedMinutes").asInt()).isEqualTo(1260);
                assertThat(snapshot.path("plans").get(0).asText()).isEqualTo("STANDARD");
            });
        }

        @Test
        void onlyAMonthThatIsOverCanBeClosed() {
            YearMonth september = YearMonth.of(2031, 9);
            TestClock.setTokyo(LocalDate.of(2031, 9, 30));

            assertThatThrownBy(() -> close.close(september)).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("month: only a month that is over can be closed");
            assertThat(close.isClosed(september)).isFalse();
        }
    }
}
