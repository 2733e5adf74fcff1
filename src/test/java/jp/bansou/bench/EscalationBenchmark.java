package jp.bansou.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
        offsetTo(tokyo(2026, 11, 23, 10, 0));
        for (int i = 0; i < CASES; i++) {
            cases.add(fixture.signedContract(Plan.STANDARD, LocalDate.of(2026, 12, 1)));
        }
    }

    /**
     * n consultations received on Monday 2026-12-07 are due on Tuesday at 18:00 (Tokyo). They are recorded at
     * 14:30 on Tuesday, past their reminder time (14:00): the reminders fire while they are recorded, as the
     * engine would after a restart. Once the reminders are done the clock jumps to a few seconds before the due
     * time; from then every reply falls due at once. Measured: from the due time to each escalation task's
     * creation (engine clock), and that no job failed.
     */
    void drain(int n, Map<String, Object> results) throws Exception {
        Instant due = tokyo(2026, 12, 8, 18, 0);
        offsetTo(tokyo(2026, 12, 8, 14, 30));
        AtomicInteger next = new AtomicInteger();
        results.put("consultations_per_s", bench.rate(n, () -> {
            int i = next.getAndIncrement();
            consultations.receive(cases.get(i % CASES), new NewConsultation("EMAIL",
                    LocalDateTime.of(2026, 12, 7, 10, 0).plusSeconds(i % 20_000).atZone(BusinessTime.ZONE)
                            .toOffsetDateTime().toString(), "client@bench.example", "ベンチ相談 (Bench consultation) " + i),
                    "consultant");
        }));
        awaitNoJobDueBefore(due, Duration.ofMinutes(10));
        offsetTo(due.minusSeconds(3));
        Awaitility.await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(250))
                .until(() -> escalationsSince(due) >= n);
        List<Long> lagMillis = jdbc.queryForList("""
                SELECT CREATE_TIME_ FROM ACT_RU_TASK WHERE TASK_DEF_KEY_ = ? AND CREATE_TIME_ >= ?
                ORDER BY CREATE_TIME_""", Timestamp.class, ESCALATION_TASK, Timestamp.from(due))
                .stream().map(created -> created.getTime() - due.toEpochMilli()).toList();
        assertThat(lagMillis).hasSize(n);
        double allDue = lagMillis.get(n - 1) / 1000.0;
        results.put("escalations", n);
        results.put("escalation_all_due_s", ServiceBenchmark.round(allDue));
        results.put("escalations_per_s", ServiceBenchmark.round(n / allDue));
        results.put("escalation_lag_p50_s", ServiceBenchmark.round(lagMillis.get(n / 2) / 1000.0));
        results.put("escalation_failed_jobs", failedJobs());
    }

    /**
     * One consultation falling due after the node has idled for {@code idle}: recorded {@code idle} (plus its
     * reminder's run) before its due time, on Thursday 2026-12-10 at 18:00 (Tokyo), with nothing else to do.
     */
    void afterIdle(Duration idle, Map<String, Object> results) {
        Instant due = tokyo(2026, 12, 10, 18, 0);
        offsetTo(due.minus(idle).minusSeconds(2));
        consultations.receive(cases.get(0), new NewConsultation("EMAIL", "2026-12-09T10:00:00+09:00",
                "client@bench.example", "ベンチ相談 (Bench consultation) idle"), "consultant");
        awaitNoJobDueBefore(due, Duration.ofMinutes(1));
        Instant idleFrom = ClockUtil.now().toInstant();
        Awaitility.await().atMost(idle.plusMinutes(2)).pollInterval(Duration.ofMillis(50))
                .until(() -> escalationsSince(due) == 1);
        Timestamp created = jdbc.queryForObject("SELECT CREATE_TIME_ FROM ACT_RU_TASK WHERE TASK_DEF_KEY_ = ? AND "
                + "CREATE_TIME_ >= ?", Timestamp.class, ESCALATION_TASK, Timestamp.from(due));
        results.put("idle_s", Duration.between(idleFrom, due).toSeconds());
        results.put("first_escalation_after_idle_s",
                ServiceBenchmark.round((created.getTime() - due.toEpochMilli()) / 1000.0));
    }

    private long escalationsSince(Instant due) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_TASK WHERE TASK_DEF_KEY_ = ? AND CREATE_TIME_ >= ?",
                Long.class, ESCALATION_TASK, Timestamp.from(due));
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

    static Instant tokyo(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(BusinessTime.ZONE).toInstant();
    }
}
