package jp.bansou.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jp.bansou.consultation.ConsultationProcess;
import jp.bansou.consultation.ConsultationService;
import jp.bansou.consultation.NewConsultation;
import jp.bansou.plan.Plan;
import jp.bansou.platform.BusinessTime;
import jp.bansou.testing.EngagementFixture;

import org.awaitility.Awaitility;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Late replies through the service: consultations recorded through {@link ConsultationService} (the
 * {@code consultation} process with its reminder and reply-due timers) whose replies all fall due at the same
 * instant, then one more after the node has idled. The business calendar puts a reply due at the end of business
 * hours, so the engine clock (the service's clock) is moved with {@link ClockUtil#offset}: it keeps running in
 * real time, only shifted to the business day in question, and the job executor sees real waits.
 * <p>
 * Every round receives its consultations on one business day (STANDARD: due at 18:00 Tokyo on the next one) and
 * has its own due day: the drain on one node on Tuesday 2026-12-08, on two nodes on Wednesday, the one after
 * idling on Thursday. The drain is not warmed up apart: the receipts and their reminders before it run the same
 * engine code (jobs, tasks, history, notifications).
 */
final class EscalationBenchmark {

    static final String ESCALATION_TASK = ConsultationProcess.TASK_ESCALATE;
    /** Consultations are spread over a few cases, as they would be. */
    static final int CASES = 4;

    private final ConsultationService consultations;
    private final EngagementFixture fixture;
    private final JdbcTemplate jdbc;
    private final ServiceBenchmark bench;
    private final List<String> cases = new ArrayList<>();

    EscalationBenchmark(ConsultationService consultations, EngagementFixture fixture, JdbcTemplate jdbc,
            ServiceBenchmark bench) {
        this.consultations = consultations;
        this.fixture = fixture;
        this.jdbc = jdbc;
        this.bench = bench;
    }

    /** Cases under contract (STANDARD: reply due at the end of the next business day) from 2026-12-01. */
    void signCases() {
        offsetTo(tokyo(LocalDate.of(2026, 11, 23), 10, 0));
        for (int i = 0; i < CASES; i++) {
            cases.add(fixture.signedContract(Plan.STANDARD, LocalDate.of(2026, 12, 1)));
        }
    }

    /** The measured drain on one node: n replies due on Tuesday 2026-12-08 at 18:00. */
    void drain(int n, Map<String, Object> results) throws Exception {
        Round round = round(n, LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 8));
        results.put("consultations_per_s", round.receivedPerSecond());
        results.put("escalations", n);
        results.put("escalation_all_due_s", round.allDueSeconds());
        results.put("escalations_per_s", round.perSecond());
        results.put("escalation_lag_p50_s", round.medianLagSeconds());
        results.put("escalation_failed_jobs", round.failedJobs());
        results.put("escalation_rows_written", round.rowsWrittenEach());
    }

    /**
     * The same on two nodes (this one and {@code secondNode}, both with their job executors, one database): n
     * replies due on Wednesday 2026-12-09 at 18:00, and which share of them the second node escalated.
     */
    void drainOnTwoNodes(int n, String secondNode, Map<String, Object> results) throws Exception {
        Round round = round(n, LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 9));
        long bySecond = jdbc.queryForObject("""
                SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE ACT_ID_ = ? AND JOB_STATE_ = 2 AND HOSTNAME_ = ?
                AND TIMESTAMP_ >= ?""", Long.class, ConsultationProcess.EVENT_REPLY_OVERDUE, secondNode,
                Timestamp.from(round.due()));
        results.put("escalations_two_nodes", n);
        results.put("escalation_all_due_s_two_nodes", round.allDueSeconds());
        results.put("escalations_per_s_two_nodes", round.perSecond());
        results.put("escalation_failed_jobs_two_nodes", round.failedJobs());
        results.put("escalation_share_second_node", ServiceBenchmark.round(bySecond / (double) n));
    }

    /**
     * One consultation falling due after the node has idled for {@code idle}: recorded {@code idle} (plus its
     * reminder's run) before its due time, on Thursday 2026-12-10 at 18:00 (Tokyo). Returns as the node starts to
     * idle; {@link #afterIdle} waits for the due time.
     */
    Idle idleUntilDue(Duration idle) {
        Instant due = tokyo(LocalDate.of(2026, 12, 10), 18, 0);
        offsetTo(due.minus(idle).minusSeconds(2));
        consultations.receive(cases.get(0), new NewConsultation("EMAIL", "2026-12-09T10:00:00+09:00",
                "client@bench.example", "ベンチ相談 (Bench consultation) idle"), "consultant");
        awaitNoJobDueBefore(due, Duration.ofMinutes(1));
        return new Idle(ClockUtil.now().toInstant(), due);
    }

    record Idle(Instant from, Instant due) {
    }

    /** From the due time to the escalation task; the job log shows that no job ran while the node idled. */
    void afterIdle(Idle idle, Map<String, Object> results) {
        Instant due = idle.due();
        Awaitility.await().atMost(Duration.between(ClockUtil.now().toInstant(), due).plusMinutes(2))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> escalationsBetween(due, due.plus(Duration.ofDays(1))) == 1);
        Timestamp created = jdbc.queryForObject("SELECT CREATE_TIME_ FROM ACT_RU_TASK WHERE TASK_DEF_KEY_ = ? AND "
                + "CREATE_TIME_ >= ?", Timestamp.class, ESCALATION_TASK, Timestamp.from(due));
        assertThat(jdbc.queryForList("SELECT TIMESTAMP_, JOB_STATE_, JOB_DEF_TYPE_, ACT_ID_, PROCESS_DEF_KEY_, HOSTNAME_, "
                + "JOB_DUEDATE_ FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ <> 0 AND TIMESTAMP_ > ? AND TIMESTAMP_ < ?",
                Timestamp.from(idle.from()), Timestamp.from(due)))
                .as("jobs run while the node idled").isEmpty();
        results.put("idle_s", Duration.between(idle.from(), due).toSeconds());
        results.put("first_escalation_after_idle_s",
                ServiceBenchmark.round((created.getTime() - due.toEpochMilli()) / 1000.0));
    }

    record Round(Instant due, List<Long> lagMillis, double receivedPerSecond, long failedJobs, long rowsWritten) {

        double allDueSeconds() {
            return ServiceBenchmark.round(lagMillis.get(lagMillis.size() - 1) / 1000.0);
        }

        double perSecond() {
            return ServiceBenchmark.round(lagMillis.size() / (lagMillis.get(lagMillis.size() - 1) / 1000.0));
        }

        double medianLagSeconds() {
            return ServiceBenchmark.round(lagMillis.get(lagMillis.size() / 2) / 1000.0);
        }

        double rowsWrittenEach() {
            return ServiceBenchmark.round(rowsWritten / (double) lagMillis.size());
        }
    }

    /**
     * n consultations received on {@code receivedOn}, due on {@code dueOn} at 18:00. They are recorded at 14:30
     * on the due day, past their reminder time (14:00): the reminders fire while they are recorded, as the engine
     * would after a restart. Once the reminders are done the clock jumps to a few seconds before the due time;
     * from then every reply falls due at once. Measured: from the due time to each escalation task's creation
     * (engine clock); and the rows the database wrote from the due time until the escalations and what they
     * cause (their notifications relayed) were done.
     */
    private Round round(int n, LocalDate receivedOn, LocalDate dueOn) throws Exception {
        Instant due = tokyo(dueOn, 18, 0);
        offsetTo(tokyo(dueOn, 14, 30));
        AtomicInteger next = new AtomicInteger();
        double received = bench.rate(n, () -> {
            int i = next.getAndIncrement();
            consultations.receive(cases.get(i % CASES), new NewConsultation("EMAIL",
                    receivedOn.atTime(10, 0).plusSeconds(i % 20_000).atZone(BusinessTime.ZONE)
                            .toOffsetDateTime().toString(), "client@bench.example", "ベンチ相談 (Bench consultation) " + i),
                    "consultant");
        });
        awaitNoJobDueBefore(due, Duration.ofMinutes(10));
        long failedBefore = failedJobs();
        RowsWritten rows = new RowsWritten(jdbc);
        long rowsBefore = rows.settled();
        offsetTo(due.minusSeconds(3));
        Instant nextDay = due.plus(Duration.ofDays(1));
        Awaitility.await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(250))
                .until(() -> escalationsBetween(due, nextDay) >= n);
        List<Long> lagMillis = jdbc.queryForList("""
                SELECT CREATE_TIME_ FROM ACT_RU_TASK WHERE TASK_DEF_KEY_ = ? AND CREATE_TIME_ >= ? AND CREATE_TIME_ < ?
                ORDER BY CREATE_TIME_""", Timestamp.class, ESCALATION_TASK, Timestamp.from(due), Timestamp.from(nextDay))
                .stream().map(created -> created.getTime() - due.toEpochMilli()).toList();
        assertThat(lagMillis).hasSize(n);
        return new Round(due, lagMillis, received, failedJobs() - failedBefore, rows.settled() - rowsBefore);
    }

    private long escalationsBetween(Instant from, Instant to) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_TASK WHERE TASK_DEF_KEY_ = ? AND CREATE_TIME_ >= ? "
                + "AND CREATE_TIME_ < ?", Long.class, ESCALATION_TASK, Timestamp.from(from), Timestamp.from(to));
    }

    private long failedJobs() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_JOB WHERE EXCEPTION_MSG_ IS NOT NULL", Long.class);
    }

    private void awaitNoJobDueBefore(Instant due, Duration atMost) {
        Awaitility.await().atMost(atMost).pollInterval(Duration.ofMillis(250)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM ACT_RU_JOB WHERE DUEDATE_ < ? AND RETRIES_ > 0 AND EXCEPTION_MSG_ IS NULL", Long.class,
                Timestamp.from(due)) == 0);
    }

    /** The engine clock reads {@code now} at this instant and runs on in real time. */
    static void offsetTo(Instant now) {
        ClockUtil.offset(now.toEpochMilli() - System.currentTimeMillis());
    }

    static Instant tokyo(LocalDate day, int hour, int minute) {
        return LocalDateTime.of(day, LocalTime.of(hour, minute)).atZone(BusinessTime.ZONE).toInstant();
    }
}
