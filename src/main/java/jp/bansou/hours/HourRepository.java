package jp.bansou.hours;

import static jp.bansou.platform.Jdbc.date;
import static jp.bansou.platform.Jdbc.enumValue;
import static jp.bansou.platform.Jdbc.instant;
import static jp.bansou.platform.Jdbc.nullableLong;
import static jp.bansou.platform.Jdbc.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jp.bansou.plan.Plan;
import jp.bansou.platform.Jdbc;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

@Repository
class HourRepository {

    static final String SPOT_PERIOD = "SPOT";

    private static final String ENTRY_QUERY = """
            SELECT e.*, r.id AS reversed_by, d.decision, d.reason AS decision_reason, d.decided_by, d.decided_at
            FROM time_entry e
            LEFT JOIN time_entry r ON r.reverses_id = e.id
            LEFT JOIN over_cap_decision d ON d.entry_id = COALESCE(e.reverses_id, e.id)
            """;

    private static final String MONTH_FILTER = """
            WHERE e.case_number = :caseNumber AND e.work_date BETWEEN :first AND :last AND e.plan <> 'SPOT'""";

    private static final String SPOT_FILTER = """
            WHERE e.case_number = :caseNumber AND e.plan = 'SPOT'""";

    private final JdbcClient jdbc;
    private final TransactionTemplate savepoint;

    HourRepository(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * Locks a case's budget period until the end of the current transaction, creating its row on first use.
     * Two transactions creating the same row at once: the second one's insert fails on the primary key, is
     * rolled back to a savepoint (which keeps PostgreSQL's transaction usable) and then waits for the lock.
     */
    Budget lockBudget(String caseNumber, String period) {
        Optional<Budget> locked = selectForUpdate(caseNumber, period);
        if (locked.isPresent()) {
            return locked.get();
        }
        try {
            savepoint.executeWithoutResult(status -> jdbc.sql(
                            "INSERT INTO hour_budget (case_number, budget_period) VALUES (:caseNumber, :period)")
                    .param("caseNumber", caseNumber).param("period", period).update());
        } catch (DuplicateKeyException createdConcurrently) {
            // the other transaction's row is the one to lock
        }
        return selectForUpdate(caseNumber, period).orElseThrow();
    }

    // Hand-written on purpose: the cap lock inserts the month's row if missing (racing other nodes) and locks it.
    private Optional<Budget> selectForUpdate(String caseNumber, String period) {
        return jdbc.sql("""
                SELECT case_number, budget_period, warned_at FROM hour_budget
                WHERE case_number = :caseNumber AND budget_period = :period FOR UPDATE""")
                .param("caseNumber", caseNumber).param("period", period)
                .query((rs, row) -> new Budget(rs.getString("case_number"), rs.getString("budget_period"),
                        instant(rs, "warned_at")))
                .optional();
    }

    void markWarned(String caseNumber, String period, Instant warnedAt) {
        jdbc.sql("UPDATE hour_budget SET warned_at = :warnedAt WHERE case_number = :caseNumber AND budget_period = :period")
                .param("warnedAt", utc(warnedAt)).param("caseNumber", caseNumber).param("period", period)
                .update();
    }

    long insertEntry(NewTimeEntry entry, Plan plan, boolean held, Long reverses, Instant recordedAt) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO time_entry (case_number, consultant, work_date, minutes, category, scheduled_meeting, note,
                                        plan, held, reverses_id, recorded_by, recorded_at)
                VALUES (:caseNumber, :consultant, :workDate, :minutes, :category, :scheduledMeeting, :note,
                        :plan, :held, :reverses, :recordedBy, :recordedAt)""")
                .param("caseNumber", entry.caseNumber())
                .param("consultant", entry.consultant())
                .param("workDate", entry.workDate())
                .param("minutes", entry.minutes())
                .param("category", entry.category().name())
                .param("scheduledMeeting", entry.scheduledMeeting())
                .param("note", entry.note())
                .param("plan", plan.name())
                .param("held", held)
                .param("reverses", reverses)
                .param("recordedBy", entry.recordedBy())
                .param("recordedAt", utc(recordedAt))
                .update(key, "id");
        return key.getKey().longValue();
    }

    Optional<TimeEntry> findEntry(long id) {
        return jdbc.sql(ENTRY_QUERY + "WHERE e.id = :id")
                .param("id", id).query(HourRepository::entry).optional();
    }

    /** The entries of a month under contract (spot entries are not part of any month). */
    List<TimeEntry> monthEntries(String caseNumber, YearMonth month) {
        return jdbc.sql(ENTRY_QUERY + """
                WHERE e.case_number = :caseNumber AND e.work_date BETWEEN :first AND :last AND e.plan <> 'SPOT'
                ORDER BY e.work_date, e.id""")
                .param("caseNumber", caseNumber).param("first", month.atDay(1)).param("last", month.atEndOfMonth())
                .query(HourRepository::entry).list();
    }

    List<TimeEntry> spotEntries(String caseNumber) {
        return jdbc.sql(ENTRY_QUERY + """
                WHERE e.case_number = :caseNumber AND e.plan = 'SPOT'
                ORDER BY e.work_date, e.id""")
                .param("caseNumber", caseNumber).query(HourRepository::entry).list();
    }

    /** One page of a month's entries under contract, newest first. */
    List<TimeEntry> monthEntryPage(String caseNumber, YearMonth month, int offset, int limit) {
        return jdbc.sql(ENTRY_QUERY + MONTH_FILTER + " ORDER BY e.work_date DESC, e.id DESC LIMIT :limit OFFSET :offset")
                .param("caseNumber", caseNumber).param("first", month.atDay(1)).param("last", month.atEndOfMonth())
                .param("limit", limit).param("offset", offset)
                .query(HourRepository::entry).list();
    }

    /** One page of the spot engagement's entries, newest first. */
    List<TimeEntry> spotEntryPage(String caseNumber, int offset, int limit) {
        return jdbc.sql(ENTRY_QUERY + SPOT_FILTER + " ORDER BY e.work_date DESC, e.id DESC LIMIT :limit OFFSET :offset")
                .param("caseNumber", caseNumber).param("limit", limit).param("offset", offset)
                .query(HourRepository::entry).list();
    }

    /** A budget period's running totals; zero for a period nothing was recorded in. */
    Sums totals(String caseNumber, String period) {
        return jdbc.sql("""
                SELECT used_minutes, pending_minutes, approved_over_cap_minutes, declined_minutes,
                       scheduled_meetings_held, entry_count
                FROM hour_budget WHERE case_number = :caseNumber AND budget_period = :period""")
                .param("caseNumber", caseNumber).param("period", period)
                .query(HourRepository::sums).optional().orElse(Sums.NONE);
    }

    /** Adds to a period's running totals; call it under the period's lock ({@link #lockBudget}), which made its row. */
    void addToTotals(String caseNumber, String period, Tally change, int entries) {
        int updated = jdbc.sql("""
                UPDATE hour_budget SET used_minutes = used_minutes + :used,
                                       pending_minutes = pending_minutes + :pending,
                                       approved_over_cap_minutes = approved_over_cap_minutes + :approved,
                                       declined_minutes = declined_minutes + :declined,
                                       scheduled_meetings_held = scheduled_meetings_held + :meetings,
                                       entry_count = entry_count + :entries
                WHERE case_number = :caseNumber AND budget_period = :period""")
                .param("used", change.usedMinutes()).param("pending", change.pendingMinutes())
                .param("approved", change.approvedOverCapMinutes()).param("declined", change.declinedMinutes())
                .param("meetings", change.scheduledMeetingsHeld()).param("entries", entries)
                .param("caseNumber", caseNumber).param("period", period)
                .update();
        if (updated != 1) {
            throw new IllegalStateException("No budget row " + caseNumber + " " + period + " to add to");
        }
    }

    /** Booked and approved over-cap minutes of a month under contract by work date (net of reversals). */
    Map<LocalDate, Integer> usedMinutesByDay(String caseNumber, YearMonth month) {
        Map<LocalDate, Integer> used = new TreeMap<>();
        jdbc.sql("""
                SELECT e.work_date, SUM(e.minutes) AS used FROM time_entry e
                LEFT JOIN over_cap_decision d ON e.held AND d.entry_id = COALESCE(e.reverses_id, e.id)
                """ + MONTH_FILTER + " AND (NOT e.held OR d.decision = 'APPROVE') GROUP BY e.work_date")
                .param("caseNumber", caseNumber).param("first", month.atDay(1)).param("last", month.atEndOfMonth())
                .query(rs -> {
                    used.put(date(rs, "work_date"), rs.getInt("used"));
                });
        return used;
    }

    static Sums sums(ResultSet rs, int row) throws SQLException {
        return new Sums(new Tally(rs.getInt("used_minutes"), rs.getInt("pending_minutes"),
                rs.getInt("approved_over_cap_minutes"), rs.getInt("declined_minutes"),
                rs.getInt("scheduled_meetings_held")), rs.getInt("entry_count"));
    }

    void insertDecision(long entryId, OverCapDecision decision, String reason, String decidedBy, Instant decidedAt) {
        jdbc.sql("""
                INSERT INTO over_cap_decision (entry_id, decision, reason, decided_by, decided_at)
                VALUES (:entryId, :decision, :reason, :decidedBy, :decidedAt)""")
                .param("entryId", entryId).param("decision", decision.name()).param("reason", reason)
                .param("decidedBy", decidedBy).param("decidedAt", utc(decidedAt))
                .update();
    }

    Optional<Instant> closedAt(YearMonth month) {
        return jdbc.sql("SELECT closed_at FROM hour_closed_month WHERE month_start = :monthStart")
                .param("monthStart", month.atDay(1))
                .query((rs, row) -> instant(rs, "closed_at")).optional();
    }

    /** Marks a month closed; false if it already was. */
    boolean markClosed(YearMonth month, Instant closedAt) {
        if (closedAt(month).isPresent()) {
            return false;
        }
        try {
            savepoint.executeWithoutResult(status -> jdbc.sql(
                            "INSERT INTO hour_closed_month (month_start, closed_at) VALUES (:monthStart, :closedAt)")
                    .param("monthStart", month.atDay(1)).param("closedAt", utc(closedAt)).update());
            return true;
        } catch (DuplicateKeyException closedConcurrently) {
            return false;
        }
    }

    boolean hasSnapshot(String caseNumber, YearMonth month) {
        return jdbc.sql("SELECT COUNT(*) FROM monthly_close WHERE case_number = :caseNumber AND month_start = :monthStart")
                .param("caseNumber", caseNumber).param("monthStart", month.atDay(1))
                .query(Integer.class).single() > 0;
    }

    void insertSnapshot(MonthlyCloseSnapshot snapshot) {
        jdbc.sql("""
                INSERT INTO monthly_close (case_number, month_start, plans, cap_minutes, used_minutes,
                                           approved_over_cap_minutes, pending_minutes, declined_minutes,
                                           scheduled_meetings_held, scheduled_meetings_planned, closed_at,
                                           sla_consultations, sla_replied_in_time, sla_breached, sla_open,
                                           sla_median_delay_minutes, sla_worst_delay_minutes)
                VALUES (:caseNumber, :monthStart, :plans, :cap, :used, :approved, :pending, :declined,
                        :meetingsHeld, :meetingsPlanned, :closedAt,
                        :slaConsultations, :slaRepliedInTime, :slaBreached, :slaOpen, :slaMedian, :slaWorst)""")
                .param("caseNumber", snapshot.caseNumber())
                .param("monthStart", snapshot.month().atDay(1))
                .param("plans", String.join(",", snapshot.plans().stream().map(Plan::name).toList()))
                .param("cap", snapshot.capMinutes())
                .param("used", snapshot.usedMinutes())
                .param("approved", snapshot.approvedOverCapMinutes())
                .param("pending", snapshot.pendingMinutes())
                .param("declined", snapshot.declinedMinutes())
                .param("meetingsHeld", snapshot.scheduledMeetingsHeld())
                .param("meetingsPlanned", snapshot.scheduledMeetingsPlanned())
                .param("closedAt", utc(snapshot.closedAt()))
                .param("slaConsultations", snapshot.replySla().consultations())
                .param("slaRepliedInTime", snapshot.replySla().repliedInTime())
                .param("slaBreached", snapshot.replySla().breached())
                .param("slaOpen", snapshot.replySla().open())
                .param("slaMedian", snapshot.replySla().medianDelayMinutes())
                .param("slaWorst", snapshot.replySla().worstDelayMinutes())
                .update();
    }

    List<MonthlyCloseSnapshot> snapshots(YearMonth month) {
        return jdbc.sql("SELECT * FROM monthly_close WHERE month_start = :monthStart ORDER BY case_number")
                .param("monthStart", month.atDay(1))
                .query(HourRepository::snapshot).list();
    }

    Optional<MonthlyCloseSnapshot> findSnapshot(String caseNumber, YearMonth month) {
        return jdbc.sql("SELECT * FROM monthly_close WHERE case_number = :caseNumber AND month_start = :monthStart")
                .param("caseNumber", caseNumber).param("monthStart", month.atDay(1))
                .query(HourRepository::snapshot).optional();
    }

    void insertAdjustment(String caseNumber, YearMonth closedMonth, YearMonth bookedMonth, AdjustmentKind kind,
            long entryId, int usedMinutes, int pendingMinutes, String recordedBy, Instant recordedAt) {
        jdbc.sql("""
                INSERT INTO prior_period_adjustment (case_number, closed_month, booked_month, kind, entry_id,
                                                     used_minutes, pending_minutes, recorded_by, recorded_at)
                VALUES (:caseNumber, :closedMonth, :bookedMonth, :kind, :entryId, :used, :pending,
                        :recordedBy, :recordedAt)""")
                .param("caseNumber", caseNumber)
                .param("closedMonth", closedMonth.atDay(1))
                .param("bookedMonth", bookedMonth.atDay(1))
                .param("kind", kind.name())
                .param("entryId", entryId)
                .param("used", usedMinutes)
                .param("pending", pendingMinutes)
                .param("recordedBy", recordedBy)
                .param("recordedAt", utc(recordedAt))
                .update();
    }

    /** The adjustments of a closed month (of one case, or of all when {@code caseNumber} is null). */
    List<PriorPeriodAdjustment> adjustmentsOf(YearMonth closedMonth, String caseNumber) {
        return adjustments("a.closed_month", closedMonth, caseNumber);
    }

    /** The adjustments booked in a month (of one case, or of all when {@code caseNumber} is null). */
    List<PriorPeriodAdjustment> adjustmentsBookedIn(YearMonth month, String caseNumber) {
        return adjustments("a.booked_month", month, caseNumber);
    }

    private List<PriorPeriodAdjustment> adjustments(String monthColumn, YearMonth month, String caseNumber) {
        JdbcClient.StatementSpec query = jdbc.sql("""
                SELECT a.*, e.work_date, e.minutes, e.reverses_id
                FROM prior_period_adjustment a JOIN time_entry e ON e.id = a.entry_id
                WHERE %s = :monthStart%s
                ORDER BY a.id""".formatted(monthColumn, caseNumber == null ? "" : " AND a.case_number = :caseNumber"))
                .param("monthStart", month.atDay(1));
        if (caseNumber != null) {
            query = query.param("caseNumber", caseNumber);
        }
        return query.query(HourRepository::adjustment).list();
    }

    private static PriorPeriodAdjustment adjustment(ResultSet rs, int row) throws SQLException {
        Long originalEntryId = nullableLong(rs, "reverses_id");
        AdjustmentKind kind = enumValue(rs, "kind", AdjustmentKind.class);
        return new PriorPeriodAdjustment(
                rs.getLong("id"),
                rs.getString("case_number"),
                YearMonth.from(date(rs, "closed_month")),
                YearMonth.from(date(rs, "booked_month")),
                kind,
                rs.getLong("entry_id"),
                kind == AdjustmentKind.REVERSAL ? originalEntryId : null,
                date(rs, "work_date"),
                rs.getInt("minutes"),
                rs.getInt("used_minutes"),
                rs.getInt("pending_minutes"),
                rs.getString("recorded_by"),
                instant(rs, "recorded_at"));
    }

    private static MonthlyCloseSnapshot snapshot(ResultSet rs, int row) throws SQLException {
        String plans = rs.getString("plans");
        return new MonthlyCloseSnapshot(
                rs.getString("case_number"),
                YearMonth.from(date(rs, "month_start")),
                plans.isEmpty() ? List.of() : Arrays.stream(plans.split(",")).map(Plan::valueOf).toList(),
                rs.getInt("cap_minutes"),
                rs.getInt("used_minutes"),
                rs.getInt("approved_over_cap_minutes"),
                rs.getInt("pending_minutes"),
                rs.getInt("declined_minutes"),
                rs.getInt("scheduled_meetings_held"),
                rs.getInt("scheduled_meetings_planned"),
                new ReplySla(rs.getInt("sla_consultations"), rs.getInt("sla_replied_in_time"),
                        rs.getInt("sla_breached"), rs.getInt("sla_open"),
                        Jdbc.integer(rs, "sla_median_delay_minutes"), Jdbc.integer(rs, "sla_worst_delay_minutes")),
                instant(rs, "closed_at"));
    }

    private static TimeEntry entry(ResultSet rs, int row) throws SQLException {
        Long reversedById = nullableLong(rs, "reversed_by");
        Long reversesId = nullableLong(rs, "reverses_id");
        OverCapDecision decision = enumValue(rs, "decision", OverCapDecision.class);
        boolean held = rs.getBoolean("held");
        TimeEntryStatus status = !held ? TimeEntryStatus.BOOKED
                : decision == null ? TimeEntryStatus.PENDING_APPROVAL
                : decision == OverCapDecision.APPROVE ? TimeEntryStatus.APPROVED_OVER_CAP
                : TimeEntryStatus.DECLINED;
        return new TimeEntry(
                rs.getLong("id"),
                rs.getString("case_number"),
                rs.getString("consultant"),
                date(rs, "work_date"),
                rs.getInt("minutes"),
                enumValue(rs, "category", TimeEntryCategory.class),
                rs.getBoolean("scheduled_meeting"),
                rs.getString("note"),
                enumValue(rs, "plan", Plan.class),
                status,
                reversesId,
                reversedById,
                rs.getString("recorded_by"),
                instant(rs, "recorded_at"),
                decision,
                rs.getString("decision_reason"),
                rs.getString("decided_by"),
                instant(rs, "decided_at"));
    }

    /** A period's figures and how many entries it has. */
    record Sums(Tally tally, int entries) {

        static final Sums NONE = new Sums(new Tally(0, 0, 0, 0, 0), 0);
    }

    /** A case's budget period, locked by the current transaction. */
    record Budget(String caseNumber, String period, Instant warnedAt) {

        static String monthPeriod(YearMonth month) {
            return month.toString();
        }

        static String periodOf(Plan plan, LocalDate workDate) {
            return plan == Plan.SPOT ? SPOT_PERIOD : monthPeriod(YearMonth.from(workDate));
        }
    }
}
