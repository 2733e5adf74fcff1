package jp.bansou.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jp.bansou.plan.Plan;
import jp.bansou.platform.BusinessTime;
import jp.bansou.testing.EngagementFixture;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code GET /api/board} at {@value #OPEN_CASES} open cases: tops the open cases up to that number with contracts
 * signed through the processes (so the engine has their running instances and meeting timers), gives each this
 * month's hours, replies (in time, late, open and escalated) and, for every third case, a gate on hold, in bulk SQL;
 * then warms up and times {@value #CALLS} calls. Median and 95th percentile in milliseconds.
 */
final class BoardMeasurement {

    static final int OPEN_CASES = 200;
    static final int WARM_UP = 10;
    static final int CALLS = 30;
    private static final int ENTRIES_PER_CASE = 20;
    private static final int CONSULTATIONS_PER_CASE = 4;

    interface Http {
        int getStatus(String user, String path) throws Exception;
    }

    record Figures(long medianMillis, long p95Millis, int openCases) {
    }

    private final EngagementFixture fixture;
    private final JdbcTemplate jdbc;
    private final Http http;

    BoardMeasurement(EngagementFixture fixture, JdbcTemplate jdbc, Http http) {
        this.fixture = fixture;
        this.jdbc = jdbc;
        this.http = http;
    }

    Figures measure() throws Exception {
        LocalDate today = LocalDate.now(BusinessTime.ZONE);
        List<String> cases = signContracts(OPEN_CASES - openCases(), today.withDayOfMonth(1));
        addMonthsWork(cases, today);
        int open = openCases();
        assertThat(open).as("open cases on the board").isEqualTo(OPEN_CASES);

        for (int i = 0; i < WARM_UP; i++) {
            assertThat(http.getStatus("manager", "/api/board")).isEqualTo(200);
        }
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            long start = System.nanoTime();
            assertThat(http.getStatus("manager", "/api/board")).isEqualTo(200);
            millis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        }
        millis.sort(null);
        return new Figures(millis.get(CALLS / 2), millis.get((int) Math.ceil(CALLS * 0.95) - 1), open);
    }

    private int openCases() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM engagement WHERE closed_at IS NULL", Integer.class);
    }

    /** Through the processes, on 4 threads. */
    private List<String> signContracts(int n, LocalDate startsOn) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> signed = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Plan plan = i % 3 == 0 ? Plan.LIGHT : Plan.STANDARD;
                signed.add(threads.submit(() -> fixture.signedContract(plan, startsOn)));
            }
            List<String> cases = new ArrayList<>();
            for (Future<String> future : signed) {
                cases.add(future.get(10, TimeUnit.MINUTES));
            }
            return cases;
        } finally {
            threads.shutdownNow();
        }
    }

    private void addMonthsWork(List<String> cases, LocalDate today) {
        Instant now = Instant.now();
        Instant monthStart = today.withDayOfMonth(1).atStartOfDay(BusinessTime.ZONE).toInstant();
        long monthSoFar = Math.max(1, ChronoUnit.MINUTES.between(monthStart, now));
        List<Object[]> entries = new ArrayList<>();
        List<Object[]> consultations = new ArrayList<>();
        List<Object[]> gates = new ArrayList<>();
        for (int c = 0; c < cases.size(); c++) {
            String caseNumber = cases.get(c);
            for (int i = 0; i < ENTRIES_PER_CASE; i++) {
                entries.add(new Object[] {caseNumber, Date.valueOf(today.withDayOfMonth(1 + i % today.getDayOfMonth())),
                        30 + (c * 7 + i * 11) % 60, i % 10 == 9, Timestamp.from(now)});
            }
            for (int i = 0; i < CONSULTATIONS_PER_CASE; i++) {
                Instant received = monthStart.plus(monthSoFar * (i + 1) / (CONSULTATIONS_PER_CASE + 1), ChronoUnit.MINUTES);
                Instant due = received.plus(1, ChronoUnit.DAYS);
                // in time, late, open and overdue (escalated), open and not yet due
                Instant replied = switch (i) {
                    case 0 -> received.plus(2, ChronoUnit.HOURS);
                    case 1 -> due.plus(3, ChronoUnit.HOURS);
                    default -> null;
                };
                boolean overdue = replied == null && due.isBefore(now);
                consultations.add(new Object[] {caseNumber, Timestamp.from(received), Timestamp.from(due),
                        Timestamp.from(received.plus(20, ChronoUnit.HOURS)), Timestamp.from(received),
                        replied == null ? null : Timestamp.from(replied), overdue ? Timestamp.from(due) : null});
            }
            if (c % 3 == 0) {
                gates.add(new Object[] {caseNumber, Timestamp.from(now), Date.valueOf(today),
                        Timestamp.from(now), Date.valueOf(today.plusDays(c % 2 == 0 ? -2 : 10))});
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO time_entry (case_number, consultant, work_date, minutes, category, scheduled_meeting, note,
                plan, held, recorded_by, recorded_at) VALUES (?, 'consultant', ?, ?, 'REVIEW', FALSE, 'bench',
                'STANDARD', ?, 'consultant', ?)""", entries);
        jdbc.batchUpdate("""
                INSERT INTO consultation (case_number, channel, sender, subject, received_at, plan, consultant, due_at,
                reminder_at, process_instance_id, recorded_at, replied_at, breached_at)
                VALUES (?, 'EMAIL', 'bench <bench@client.example>', 'bench', ?, 'STANDARD', 'consultant', ?, ?,
                'bench', ?, ?, ?)""", consultations);
        jdbc.batchUpdate("""
                INSERT INTO stage_gate (case_number, seq, stage, checked_at, criteria_met, outcome, decided_on,
                decided_at, decided_by, recheck_on) VALUES (?, 1, 'DIALOGUE', ?, FALSE, 'HOLD', ?, ?, 'manager', ?)""",
                gates);
    }

    static Map<String, Object> asResults(Figures figures) {
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("board_ms_200", figures.medianMillis());
        results.put("board_p95_ms_200", figures.p95Millis());
        return results;
    }
}
