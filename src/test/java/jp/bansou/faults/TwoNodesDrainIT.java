package jp.bansou.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jp.bansou.BansouApplication;
import jp.bansou.consultation.ConsultationProcess;
import jp.bansou.consultation.ConsultationService;
import jp.bansou.consultation.NewConsultation;
import jp.bansou.engagement.EngagementService;
import jp.bansou.plan.Plan;
import jp.bansou.hours.HourLedger;
import jp.bansou.hours.MonthlyClose;
import jp.bansou.hours.NewTimeEntry;
import jp.bansou.hours.TimeEntryCategory;
import jp.bansou.platform.BusinessTime;
import jp.bansou.testing.EngagementFixture;
import jp.bansou.testing.PostgresDatabase;
import jp.bansou.testing.TestClassesExcluded;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobKey;
import org.quartz.JobListener;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.KeyMatcher;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two service nodes on one PostgreSQL, each with its job executor and its Quartz scheduler running (two Spring
 * contexts in this JVM, as {@code TwoNodesIT}; they share nothing but the database and the engine clock, which
 * the test moves): many consultations falling due at the same instant are escalated exactly once in total, both
 * nodes take part (the engine's job log names the node, its {@code hostname}), and the monthly close, fired by
 * the clustered Quartz trigger, runs on exactly one node; closed by hand on both nodes at once, a month gets one
 * snapshot per case. {@code -Dfault.scale=1} (profile {@code faults}) makes it
 * 10,000 consultations.
 */
class TwoNodesDrainIT {

    /** At least 1,000: 200 were once all drained by one node before the other's next acquisition. */
    static final int CONSULTATIONS = Math.max(1000, FaultScale.of(10_000));
    static final int CASES = 10;
    static final int ENTRY_MINUTES = 90;
    static final Instant DUE = LocalDateTime.of(2026, 12, 8, 18, 0).atZone(BusinessTime.ZONE).toInstant();
    static final Instant CLOSE_TIME = LocalDateTime.of(2027, 1, 1, 0, 5).atZone(BusinessTime.ZONE).toInstant();
    static final JobKey MONTHLY_CLOSE = JobKey.jobKey("monthly-close", "hours");

    static PostgresDatabase database;
    static JdbcClient db;
    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;
    static final List<CloseRun> closeRuns = new CopyOnWriteArrayList<>();

    record CloseRun(String node, Date scheduledFireTime, Instant started, Instant ended,
            JobExecutionException failure) {
    }

    @BeforeAll
    static void twoNodes() {
        database = PostgresDatabase.create(TwoNodesDrainIT.class);
        db = database.jdbc();
        engineClockAt(LocalDateTime.of(2026, 12, 8, 10, 0).atZone(BusinessTime.ZONE).toInstant());
        nodeA = node("node-a");
        nodeB = node("node-b");
    }

    @AfterAll
    static void stop() {
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
        ClockUtil.reset();
        database.close();
    }

    static ConfigurableApplicationContext node(String name) {
        return new SpringApplicationBuilder(BansouApplication.class)
                .initializers(new TestClassesExcluded())
                .profiles("postgres", "demo")
                .run(database.serviceArguments("--server.port=0",
                        "--camunda.bpm.job-execution.enabled=true",
                        "--camunda.bpm.generic-properties.properties.hostname=" + name,
                        "--logging.level.root=warn"));
    }

    /** The engine clock (the service's, shared by both nodes in this JVM) runs on from {@code now}. */
    static void engineClockAt(Instant now) {
        ClockUtil.offset(now.toEpochMilli() - System.currentTimeMillis());
    }

    @Test
    void consultationsDueAtOnceAreEscalatedOnceByBothNodesAndTheMonthIsClosedOnce() throws Exception {
        EngagementFixture fixture = new EngagementFixture(nodeA.getBean(EngagementService.class),
                nodeA.getBean(TaskService.class));
        List<String> caseNumbers = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            String caseNumber = fixture.signedContract(Plan.STANDARD, LocalDate.of(2026, 12, 1));
            caseNumbers.add(caseNumber);
            (i % 2 == 0 ? nodeA : nodeB).getBean(HourLedger.class).record(new NewTimeEntry(caseNumber,
                    EngagementFixture.CONSULTANT, LocalDate.of(2026, 12, 8), ENTRY_MINUTES, TimeEntryCategory.REVIEW,
                    false, "二拠点 (Two nodes)", EngagementFixture.CONSULTANT));
        }
        engineClockAt(DUE.minus(Duration.ofHours(1)));
        receiveOnBothNodes(caseNumbers);

        Escalations escalations = new Escalations(db);
        assertThat(escalations.breached()).as("none due yet").isZero();
        // Received the day before, their reminders are due at once: let them go out before the due time, or a
        // reminder still queued then is rightly skipped (the reply is due: the escalation says it all).
        await("the reminders sent").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                .until(() -> escalations.reminders() == CONSULTATIONS);
        engineClockAt(DUE);
        await("every consultation escalated").atMost(Duration.ofSeconds(60 + CONSULTATIONS / 20))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> escalations.allEscalated(CONSULTATIONS));

        escalations.assertEachExactlyOnce(CONSULTATIONS);
        Map<String, Long> byNode = db.sql("SELECT hostname_, COUNT(*) FROM act_hi_job_log WHERE act_id_ = "
                        + "'" + ConsultationProcess.EVENT_REPLY_OVERDUE + "' AND job_state_ = 2 GROUP BY hostname_")
                .query((row, n) -> Map.entry(row.getString(1), row.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        System.out.printf("TwoNodesDrainIT: %d due timers executed per node: %s%n", CONSULTATIONS, byNode);
        assertThat(byNode).as("due timers executed per node").containsOnlyKeys("node-a", "node-b")
                .allSatisfy((node, executed) -> assertThat(executed).as(node).isPositive());
        assertThat(byNode.values().stream().mapToLong(Long::longValue).sum()).as("due timers executed in all")
                .isEqualTo(CONSULTATIONS);

        monthlyCloseRunsOnceOnOneNode(caseNumbers);
    }

    void monthlyCloseRunsOnceOnOneNode(List<String> caseNumbers) throws Exception {
        listenToTheClose("node-a", nodeA);
        listenToTheClose("node-b", nodeB);
        engineClockAt(CLOSE_TIME);
        // The cron trigger's next fire is the 1st of a real month: the stored trigger is moved to a few seconds
        // from now, in the clustered store both schedulers acquire from.
        Date fireAt = new Date(System.currentTimeMillis() + 3000);
        nodeA.getBean(Scheduler.class).rescheduleJob(TriggerKey.triggerKey("monthly-close", "hours"),
                TriggerBuilder.newTrigger().withIdentity("monthly-close", "hours").forJob(MONTHLY_CLOSE)
                        .startAt(fireAt).withSchedule(SimpleScheduleBuilder.simpleSchedule()
                                .withMisfireHandlingInstructionFireNow()).build());

        await("the close of December, on one node, and no second run").atMost(Duration.ofSeconds(60))
                .during(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(200))
                .until(() -> runsAt(fireAt).size() == 1);
        assertThat(runsAt(fireAt).get(0).failure()).as("the close's failure").isNull();
        assertThat(db.sql("SELECT COUNT(*) FROM hour_closed_month WHERE month_start = DATE '2026-12-01'")
                .query(Long.class).single()).isOne();
        assertThat(db.sql("SELECT case_number, used_minutes FROM monthly_close WHERE month_start = DATE '2026-12-01'")
                .query((row, n) -> Map.entry(row.getString(1), row.getInt(2))).list())
                .as("one snapshot per case with its hours")
                .containsExactlyInAnyOrderElementsOf(caseNumbers.stream().map(c -> Map.entry(c, ENTRY_MINUTES)).toList());

        // Closing by hand (`MonthlyClose.close`, what an operator runs after a long outage) on both nodes at the
        // same moment: a month already closed gets no second snapshot, and a month closed by both at once gets
        // exactly one per case, each added by one of the two nodes. (Two Quartz runs at once are not possible:
        // the close is one stored cron trigger, and the job does not run concurrently in the cluster.)
        List<Map<String, Object>> snapshots = snapshotsOfDecember();
        assertThat(closeOnBothNodesAtOnce(YearMonth.of(2026, 12))).as("snapshots added to a closed month").isZero();
        assertThat(snapshotsOfDecember()).as("December's snapshots after closing it again").isEqualTo(snapshots);

        engineClockAt(LocalDateTime.of(2027, 1, 8, 10, 0).atZone(BusinessTime.ZONE).toInstant());
        for (int i = 0; i < caseNumbers.size(); i++) {
            (i % 2 == 0 ? nodeB : nodeA).getBean(HourLedger.class).record(new NewTimeEntry(caseNumbers.get(i),
                    EngagementFixture.CONSULTANT, LocalDate.of(2027, 1, 8), ENTRY_MINUTES + i, TimeEntryCategory.REVIEW,
                    false, "二拠点 (Two nodes)", EngagementFixture.CONSULTANT));
        }
        engineClockAt(LocalDateTime.of(2027, 2, 1, 9, 0).atZone(BusinessTime.ZONE).toInstant());
        assertThat(closeOnBothNodesAtOnce(YearMonth.of(2027, 1))).as("snapshots of January added by both nodes")
                .isEqualTo(CASES);
        assertThat(db.sql("SELECT case_number, used_minutes FROM monthly_close WHERE month_start = DATE '2027-01-01'")
                .query((row, n) -> Map.entry(row.getString(1), row.getInt(2))).list())
                .as("one snapshot of January per case")
                .containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.range(0, CASES)
                        .mapToObj(i -> Map.entry(caseNumbers.get(i), ENTRY_MINUTES + i)).toList());
    }

    /** {@code MonthlyClose.close(month)} started on both nodes at the same instant; the snapshots both added. */
    static int closeOnBothNodesAtOnce(YearMonth month) throws Exception {
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> closes = new ArrayList<>();
            for (ConfigurableApplicationContext node : List.of(nodeA, nodeB)) {
                closes.add(threads.submit(() -> {
                    together.await();
                    return node.getBean(MonthlyClose.class).close(month);
                }));
            }
            int added = 0;
            for (Future<Integer> close : closes) {
                added += close.get(60, TimeUnit.SECONDS);
            }
            return added;
        } finally {
            threads.shutdownNow();
        }
    }

    static List<Map<String, Object>> snapshotsOfDecember() {
        return db.sql("SELECT * FROM monthly_close WHERE month_start = DATE '2026-12-01' ORDER BY case_number")
                .query().listOfRows();
    }

    static List<CloseRun> runsAt(Date fireTime) {
        return closeRuns.stream().filter(run -> fireTime.equals(run.scheduledFireTime())).toList();
    }

    static void listenToTheClose(String node, ConfigurableApplicationContext context) throws SchedulerException {
        Map<JobExecutionContext, Instant> started = new java.util.concurrent.ConcurrentHashMap<>();
        context.getBean(Scheduler.class).getListenerManager().addJobListener(new JobListener() {
            @Override
            public String getName() {
                return "fault-test-" + node;
            }

            @Override
            public void jobToBeExecuted(JobExecutionContext execution) {
                started.put(execution, Instant.now());
            }

            @Override
            public void jobExecutionVetoed(JobExecutionContext execution) {
            }

            @Override
            public void jobWasExecuted(JobExecutionContext execution, JobExecutionException failure) {
                closeRuns.add(new CloseRun(node, execution.getScheduledFireTime(), started.remove(execution),
                        Instant.now(), failure));
            }
        }, KeyMatcher.keyEquals(MONTHLY_CLOSE));
    }

    /** The consultations received by both nodes, from 4 threads; all due at {@link #DUE}. */
    static void receiveOnBothNodes(List<String> caseNumbers) throws Exception {
        List<ConsultationService> nodes = List.of(nodeA.getBean(ConsultationService.class),
                nodeB.getBean(ConsultationService.class));
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> received = new ArrayList<>();
            for (int i = 0; i < CONSULTATIONS; i++) {
                int n = i;
                received.add(threads.submit(() -> nodes.get(n % 2).receive(caseNumbers.get(n % caseNumbers.size()),
                        new NewConsultation("EMAIL", "2026-12-07T10:00:00+09:00", "client" + n + "@example.jp",
                                "相談 (Question) " + n), EngagementFixture.CONSULTANT)));
            }
            for (Future<?> consultation : received) {
                consultation.get(10, TimeUnit.MINUTES);
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
