package jp.bansou.hours;

import static jp.bansou.platform.InvalidInputException.reject;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.bansou.contract.Contract;
import jp.bansou.contract.ContractService;
import jp.bansou.engagement.Engagement;
import jp.bansou.engagement.EngagementService;
import jp.bansou.hours.HourRepository.Budget;
import jp.bansou.notification.Notification;
import jp.bansou.notification.Notifier;
import jp.bansou.plan.Plan;
import jp.bansou.plan.PlanCatalog;
import jp.bansou.platform.BusinessTime;
import jp.bansou.platform.InvalidInputException;
import jp.bansou.platform.InvalidInputException.FieldProblem;
import jp.bansou.platform.NotFoundException;
import jp.bansou.security.Groups;
import jp.bansou.security.UserNames;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every minute spent on a case, against the plan's cap (domain.md, section 3 "Hours"). Under contract the cap is
 * the month's, prorated by the plan in force on each day; for a spot engagement it is the hours agreed for the
 * whole engagement. An entry that fits is booked; one that would take the period past its cap is held for a
 * manager's 超過承認 (Over-cap approval). Each command locks the case's budget period first, so concurrent
 * entries never book more than the cap between them, and adds what it writes to the period's running totals on
 * the locked row ({@code hour_budget}); the cap check, the balance and the monthly close read those totals.
 */
@Service
@Transactional
public class HourLedger {

    static final int MAX_MINUTES = 24 * 60;
    static final int MAX_NOTE = 4000;
    static final int MAX_REASON = 2000;
    static final int MAX_USER_ID = 64;
    static final int MAX_TREND_MONTHS = 36;
    public static final int DEFAULT_PAGE_SIZE = 50;
    static final int MAX_PAGE_SIZE = 500;
    static final String TOPIC_WARNING = "HOURS_WARNING";
    static final String TOPIC_DECIDED = "OVER_CAP_DECIDED";

    private final HourRepository hours;
    private final EngagementService engagements;
    private final ContractService contracts;
    private final PlanCatalog catalog;
    private final HoursProperties properties;
    private final Notifier notifier;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final UserNames names;
    private final ReplySla.Source replySla;
    private final Clock clock;

    HourLedger(HourRepository hours, EngagementService engagements, ContractService contracts, PlanCatalog catalog,
            HoursProperties properties, Notifier notifier, RuntimeService runtime, IdentityService identity,
            UserNames names, ReplySla.Source replySla, Clock clock) {
        this.hours = hours;
        this.engagements = engagements;
        this.contracts = contracts;
        this.catalog = catalog;
        this.properties = properties;
        this.notifier = notifier;
        this.runtime = runtime;
        this.identity = identity;
        this.names = names;
        this.replySla = replySla;
        this.clock = clock;
    }

    /**
     * Records an entry: booked when it fits the period's cap, otherwise held as {@link
     * TimeEntryStatus#PENDING_APPROVAL} with an over-cap approval for the managers. An entry dated in a closed
     * month counts against that month's cap as it stands and is recorded as a prior-period adjustment in the open
     * month (the closed snapshot never changes). Refused (nothing written) when a value is invalid, the work date
     * is outside the contract, or the case has neither a contract nor an accepted spot engagement.
     */
    public TimeEntry record(NewTimeEntry entry) {
        reject(check(entry));
        Engagement engagement = engagements.get(entry.caseNumber());
        Plan plan = planFor(engagement, entry.workDate());
        String period = Budget.periodOf(plan, entry.workDate());
        Budget budget = hours.lockBudget(entry.caseNumber(), period);
        Optional<YearMonth> closed = closedMonthOf(entry.caseNumber(), plan, entry.workDate());
        Standing before = standing(entry.caseNumber(), period);
        boolean held = !Tally.fits(before.tally().usedMinutes(), entry.minutes(), before.capMinutes());
        TimeEntry stored = entry(hours.insertEntry(entry, plan, held, null, clock.instant()));
        hours.addToTotals(entry.caseNumber(), period, Tally.of(List.of(stored)), 1);
        if (held) {
            startApproval(stored, before, period);
        }
        if (closed.isPresent()) {
            adjust(closed.get(), AdjustmentKind.ENTRY, stored, held ? 0 : stored.minutes(),
                    held ? stored.minutes() : 0, entry.recordedBy());
        } else {
            // an entry held over the cap crosses the threshold as well: it warns like one that is booked
            warnOnceAtThreshold(engagement, budget, before.capMinutes(),
                    before.tally().usedMinutes() + (held ? 0 : entry.minutes()), held ? entry.minutes() : 0);
        }
        return stored;
    }

    /**
     * Records the reversing entry of an entry of the case, dated on its work date with the negative minutes; an
     * entry is reversed at most once, a reversal never, and an entry waiting for an over-cap decision only after
     * the decision. The reversal of an entry of a closed month is a prior-period adjustment in the open month.
     */
    public TimeEntry reverse(String caseNumber, long entryId, String note, String recordedBy) {
        engagements.get(caseNumber);
        if (note != null && note.length() > MAX_NOTE) {
            throw new InvalidInputException("note", "must have at most " + MAX_NOTE + " characters");
        }
        TimeEntry found = caseEntry(caseNumber, entryId);
        String period = Budget.periodOf(found.plan(), found.workDate());
        hours.lockBudget(caseNumber, period);
        TimeEntry original = caseEntry(caseNumber, entryId);
        if (original.isReversal()) {
            throw new InvalidInputException("id", "entry " + entryId + " is the reversal of entry "
                    + original.reverses() + "; a reversal cannot be reversed (record a new entry instead)");
        }
        if (original.isReversed()) {
            throw new InvalidInputException("id", "entry " + entryId + " was already reversed by entry "
                    + original.reversedBy());
        }
        if (original.status() == TimeEntryStatus.PENDING_APPROVAL) {
            throw new InvalidInputException("id", "entry " + entryId
                    + " awaits a manager's over-cap decision; it can be reversed once decided");
        }
        Optional<YearMonth> closed = closedMonthOf(caseNumber, original.plan(), original.workDate());
        NewTimeEntry reversal = new NewTimeEntry(caseNumber, original.consultant(), original.workDate(),
                -original.minutes(), original.category(), original.scheduledMeeting(),
                note == null || note.isBlank() ? "取消 (Reversal of entry " + entryId + ")" : note.strip(),
                recordedBy);
        TimeEntry stored = entry(hours.insertEntry(reversal, original.plan(),
                original.status() != TimeEntryStatus.BOOKED, original.id(), clock.instant()));
        hours.addToTotals(caseNumber, period, Tally.of(List.of(stored)), 1);
        closed.ifPresent(month -> adjust(month, AdjustmentKind.REVERSAL, stored,
                countsAsUsed(original) ? stored.minutes() : 0, 0, recordedBy));
        return stored;
    }

    /**
     * The case's hours for a month, or for its whole spot engagement when it has no contract but a spot. The
     * figures count every entry of the month; for a closed month the snapshot taken at its close and the
     * adjustments recorded after it are shown as well, and the adjustments booked in this month for closed
     * months are shown apart (they do not count against this month's cap).
     */
    @Transactional(readOnly = true)
    public MonthlyBalance balance(String caseNumber, YearMonth month) {
        return balance(caseNumber, month, 0, DEFAULT_PAGE_SIZE);
    }

    /**
     * {@link #balance(String, YearMonth)} with page {@code page} (from 0) of {@code size} entries, newest first.
     * The figures are the period's running totals (kept by every command under the period's lock): the cost does
     * not grow with the number of entries.
     */
    @Transactional(readOnly = true)
    public MonthlyBalance balance(String caseNumber, YearMonth month, int page, int size) {
        List<FieldProblem> problems = new ArrayList<>();
        if (page < 0) {
            problems.add(new FieldProblem("page", "must be 0 or more"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            problems.add(new FieldProblem("size", "must be between 1 and " + MAX_PAGE_SIZE));
        }
        reject(problems);
        engagements.get(caseNumber);
        boolean spot = isSpot(caseNumber);
        Standing standing = standing(caseNumber, spot ? HourRepository.SPOT_PERIOD : Budget.monthPeriod(month));
        Tally tally = standing.tally();
        return new MonthlyBalance(caseNumber, month, spot, standing.shares(), standing.capMinutes(),
                tally.usedMinutes(), Math.max(0, standing.capMinutes() - tally.usedMinutes()),
                Tally.percent(tally.usedMinutes(), standing.capMinutes()), tally.pendingMinutes(),
                tally.approvedOverCapMinutes(), tally.declinedMinutes(), tally.scheduledMeetingsHeld(),
                standing.scheduledMeetingsPlanned(), hours.closedAt(month).isPresent(),
                spot ? null : hours.findSnapshot(caseNumber, month).orElse(null),
                spot ? Adjustments.NONE : Adjustments.of(hours.adjustmentsOf(month, caseNumber)),
                spot ? Adjustments.NONE : Adjustments.of(hours.adjustmentsBookedIn(month, caseNumber)),
                entryPage(caseNumber, month, spot, (long) page * size, size), standing.entryCount(), page, size);
    }

    /**
     * Every entry of the month under contract (of the whole spot engagement for a spot case), oldest first: for
     * lists that need them all, such as the entries a reversal may name.
     */
    @Transactional(readOnly = true)
    public List<TimeEntry> entries(String caseNumber, YearMonth month) {
        engagements.get(caseNumber);
        return isSpot(caseNumber) ? hours.spotEntries(caseNumber) : hours.monthEntries(caseNumber, month);
    }

    /** Minutes used against the month's cap by work date (booked and approved over-cap, net of reversals). */
    @Transactional(readOnly = true)
    public Map<LocalDate, Integer> usedMinutesByDay(String caseNumber, YearMonth month) {
        engagements.get(caseNumber);
        return hours.usedMinutesByDay(caseNumber, month);
    }

    private List<TimeEntry> entryPage(String caseNumber, YearMonth month, boolean spot, long offset, int size) {
        if (offset > Integer.MAX_VALUE) {
            return List.of();
        }
        return spot ? hours.spotEntryPage(caseNumber, (int) offset, size)
                : hours.monthEntryPage(caseNumber, month, (int) offset, size);
    }

    /** Minutes used against the cap in each of the last {@code months} months up to this month (Tokyo), oldest first. */
    @Transactional(readOnly = true)
    public List<MonthlyUsage> monthlyUsage(String caseNumber, int months) {
        return monthlyUsage(caseNumber, YearMonth.now(clock.withZone(BusinessTime.ZONE)), months);
    }

    /** Minutes used against the cap in each of the {@code months} months up to {@code through}, oldest first. */
    @Transactional(readOnly = true)
    public List<MonthlyUsage> monthlyUsage(String caseNumber, YearMonth through, int months) {
        if (months < 1 || months > MAX_TREND_MONTHS) {
            throw new InvalidInputException("months", "must be between 1 and " + MAX_TREND_MONTHS);
        }
        engagements.get(caseNumber);
        List<MonthlyUsage> usage = new ArrayList<>();
        for (YearMonth month = through.minusMonths(months - 1L); !month.isAfter(through); month = month.plusMonths(1)) {
            Standing standing = standing(caseNumber, Budget.monthPeriod(month));
            usage.add(new MonthlyUsage(month, standing.capMinutes(), standing.tally().usedMinutes()));
        }
        return usage;
    }

    @Transactional(readOnly = true)
    public TimeEntry get(String caseNumber, long entryId) {
        return caseEntry(caseNumber, entryId);
    }

    /** A manager's answer to an entry held over the cap (from the 超過承認 task). */
    TimeEntry decide(long entryId, OverCapDecision decision, String reason, String decidedBy) {
        TimeEntry found = hours.findEntry(entryId)
                .orElseThrow(() -> new NotFoundException("No time entry " + entryId));
        List<FieldProblem> problems = new ArrayList<>();
        if (decision == null) {
            problems.add(new FieldProblem("decision", "is required"));
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (decision == OverCapDecision.DECLINE && why == null) {
            problems.add(new FieldProblem("reason", "is required when declining"));
        }
        if (why != null && why.length() > MAX_REASON) {
            problems.add(new FieldProblem("reason", "must have at most " + MAX_REASON + " characters"));
        }
        if (!Groups.isManager(identity, decidedBy)) {
            problems.add(new FieldProblem("decision", "only a manager decides over-cap hours, not " + decidedBy));
        }
        reject(problems);
        String period = Budget.periodOf(found.plan(), found.workDate());
        Budget budget = hours.lockBudget(found.caseNumber(), period);
        TimeEntry entry = entry(entryId);
        if (entry.status() != TimeEntryStatus.PENDING_APPROVAL) {
            throw new InvalidInputException("decision", "entry " + entryId + " is not waiting for a decision ("
                    + entry.status() + ")");
        }
        Optional<YearMonth> closed = closedMonthOf(entry.caseNumber(), entry.plan(), entry.workDate());
        hours.insertDecision(entryId, decision, why, decidedBy, clock.instant());
        TimeEntry decided = entry(entryId);
        hours.addToTotals(entry.caseNumber(), period, Tally.of(List.of(decided)).minus(Tally.of(List.of(entry))), 0);
        Engagement engagement = engagements.get(entry.caseNumber());
        if (closed.isPresent()) {
            boolean approved = decision == OverCapDecision.APPROVE;
            adjust(closed.get(), approved ? AdjustmentKind.APPROVAL : AdjustmentKind.DECLINE, entry,
                    approved ? entry.minutes() : 0, -entry.minutes(), decidedBy);
        } else if (decision == OverCapDecision.APPROVE) {
            Standing after = standing(entry.caseNumber(), period);
            warnOnceAtThreshold(engagement, budget, after.capMinutes(), after.tally().usedMinutes(), 0);
        }
        notifier.send(new Notification(TOPIC_DECIDED, Set.of(entry.consultant()), Set.of(),
                "[bansou] " + entry.caseNumber() + ": 超過工数が" + (decision == OverCapDecision.APPROVE
                        ? "承認されました (Over-cap time approved)" : "却下されました (Over-cap time declined)"),
                describe(entry) + (why == null ? "" : "\n理由 (Reason): " + why)
                        + "\n判断者 (Decided by): " + names.shown(decidedBy)).aboutCase(entry.caseNumber()));
        return decided;
    }

    /**
     * 月次締め of one case and month: its figures as they stand, taken under the period's lock so that no entry
     * slips in between; false when the snapshot already exists.
     */
    boolean snapshot(String caseNumber, YearMonth month) {
        String period = Budget.monthPeriod(month);
        hours.lockBudget(caseNumber, period);
        if (hours.hasSnapshot(caseNumber, month)) {
            return false;
        }
        Standing standing = standing(caseNumber, period);
        Tally tally = standing.tally();
        Set<Plan> plans = new LinkedHashSet<>();
        standing.shares().forEach(share -> plans.add(share.plan()));
        hours.insertSnapshot(new MonthlyCloseSnapshot(caseNumber, month, List.copyOf(plans), standing.capMinutes(),
                tally.usedMinutes(), tally.approvedOverCapMinutes(), tally.pendingMinutes(), tally.declinedMinutes(),
                tally.scheduledMeetingsHeld(), standing.scheduledMeetingsPlanned(), replySla.of(caseNumber, month),
                clock.instant()));
        return true;
    }

    private List<FieldProblem> check(NewTimeEntry entry) {
        List<FieldProblem> problems = new ArrayList<>();
        if (isBlank(entry.caseNumber())) {
            problems.add(new FieldProblem("caseNumber", "is required"));
        }
        if (isBlank(entry.consultant())) {
            problems.add(new FieldProblem("consultant", "is required"));
        } else if (entry.consultant().length() > MAX_USER_ID
                || identity.createUserQuery().userId(entry.consultant()).count() == 0) {
            problems.add(new FieldProblem("consultant", "'" + entry.consultant() + "' is not a user"));
        }
        LocalDate today = LocalDate.now(clock.withZone(BusinessTime.ZONE));
        if (entry.workDate() == null) {
            problems.add(new FieldProblem("workDate", "is required"));
        } else if (entry.workDate().isAfter(today)) {
            problems.add(new FieldProblem("workDate", "must not be in the future (today is " + today + ")"));
        }
        if (entry.minutes() == null) {
            problems.add(new FieldProblem("minutes", "is required"));
        } else if (entry.minutes() < 1 || entry.minutes() > MAX_MINUTES) {
            problems.add(new FieldProblem("minutes", "must be between 1 and " + MAX_MINUTES + " (24 h)"));
        }
        if (entry.category() == null) {
            problems.add(new FieldProblem("category", "is required"));
        } else if (entry.scheduledMeeting() && entry.category() != TimeEntryCategory.MEETING) {
            problems.add(new FieldProblem("scheduledMeeting", "only a MEETING can be a scheduled meeting"));
        }
        if (entry.note() != null && entry.note().length() > MAX_NOTE) {
            problems.add(new FieldProblem("note", "must have at most " + MAX_NOTE + " characters"));
        }
        if (isBlank(entry.recordedBy())) {
            problems.add(new FieldProblem("recordedBy", "is required"));
        }
        return problems;
    }

    /** The plan the entry counts against: the contract's on the work date, or the accepted spot engagement. */
    private Plan planFor(Engagement engagement, LocalDate workDate) {
        String caseNumber = engagement.caseNumber();
        Optional<Contract> contract = contracts.findContract(caseNumber);
        if (contract.isPresent()) {
            Contract signed = contract.get();
            if (workDate.isBefore(signed.startsOn())) {
                throw new InvalidInputException("workDate",
                        "must not be before the contract started on " + signed.startsOn());
            }
            if (!signed.covers(workDate)) {
                throw new InvalidInputException("workDate", signed.whyNotCovered(workDate));
            }
            return contracts.planOn(caseNumber, workDate).orElseThrow();
        }
        if (engagements.acceptedSpotHours(caseNumber).isPresent()) {
            LocalDate received = engagement.receivedAt().atZone(BusinessTime.ZONE).toLocalDate();
            if (workDate.isBefore(received)) {
                throw new InvalidInputException("workDate", "must not be before the case was received on " + received);
            }
            return Plan.SPOT;
        }
        throw new InvalidInputException("caseNumber",
                caseNumber + " has no running contract (nor an accepted spot engagement) to record time against");
    }

    /**
     * The month of a work date under contract when the monthly close has run for it. Called under the period's
     * lock: should the close not have reached this case yet, its snapshot is taken now, before the change, so
     * that the change is an adjustment and never part of the snapshot. A spot engagement has no months to close.
     */
    private Optional<YearMonth> closedMonthOf(String caseNumber, Plan plan, LocalDate workDate) {
        YearMonth month = YearMonth.from(workDate);
        if (plan == Plan.SPOT || hours.closedAt(month).isEmpty()) {
            return Optional.empty();
        }
        snapshot(caseNumber, month);
        return Optional.of(month);
    }

    /** Records a change to a closed month as a prior-period adjustment in the month open now (Tokyo). */
    private void adjust(YearMonth closedMonth, AdjustmentKind kind, TimeEntry entry, int usedMinutes,
            int pendingMinutes, String recordedBy) {
        hours.insertAdjustment(entry.caseNumber(), closedMonth, YearMonth.now(clock.withZone(BusinessTime.ZONE)),
                kind, entry.id(), usedMinutes, pendingMinutes, recordedBy, clock.instant());
    }

    private static boolean countsAsUsed(TimeEntry entry) {
        return entry.status() == TimeEntryStatus.BOOKED || entry.status() == TimeEntryStatus.APPROVED_OVER_CAP;
    }

    private boolean isSpot(String caseNumber) {
        return contracts.findContract(caseNumber).isEmpty() && engagements.acceptedSpotHours(caseNumber).isPresent();
    }

    private Standing standing(String caseNumber, String period) {
        if (HourRepository.SPOT_PERIOD.equals(period)) {
            int cap = engagements.acceptedSpotHours(caseNumber).orElse(0) * 60;
            HourRepository.Sums sums = hours.totals(caseNumber, period);
            return new Standing(cap, 0, List.of(), sums.tally(), sums.entries());
        }
        YearMonth month = YearMonth.parse(period);
        MonthlyCap cap = MonthlyCap.of(month, contracts.plansOf(caseNumber), catalog);
        HourRepository.Sums sums = hours.totals(caseNumber, period);
        return new Standing(cap.capMinutes(), cap.scheduledMeetingsPlanned(), cap.shares(), sums.tally(),
                sums.entries());
    }

    private void startApproval(TimeEntry entry, Standing before, String period) {
        int used = before.tally().usedMinutes();
        String summary = describe(entry)
                + "\n" + label(period) + ": 使用 " + used + " / 上限 " + before.capMinutes() + " 分 (used / cap, min)"
                + "、この工数で " + (used + entry.minutes() - before.capMinutes()) + " 分超過 (over the cap by "
                + (used + entry.minutes() - before.capMinutes()) + " min)"
                + (before.tally().pendingMinutes() > 0
                        ? "\n承認待ち (Already pending): " + before.tally().pendingMinutes() + " 分 (min)" : "");
        runtime.createProcessInstanceByKey(OverCapApprovalProcess.PROCESS_ID)
                .businessKey(entry.caseNumber())
                .setVariable(OverCapApprovalProcess.CASE_NUMBER, entry.caseNumber())
                .setVariable(OverCapApprovalProcess.TIME_ENTRY_ID, entry.id())
                .setVariable(OverCapApprovalProcess.ENTRY_SUMMARY, summary)
                .execute();
    }

    /** {@code heldMinutes}: an entry just held over the cap, which counts towards the threshold. */
    private void warnOnceAtThreshold(Engagement engagement, Budget budget, int capMinutes, int usedMinutes,
            int heldMinutes) {
        if (budget.warnedAt() != null
                || !Tally.reached(usedMinutes + heldMinutes, capMinutes, properties.warningThresholdPercent())) {
            return;
        }
        Set<String> consultant = engagement.consultant() == null ? Set.of() : Set.of(engagement.consultant());
        notifier.send(new Notification(TOPIC_WARNING, consultant, Set.of(Groups.MANAGERS),
                "[bansou] " + engagement.caseNumber() + " " + label(budget.period()) + ": 工数が上限の"
                        + properties.warningThresholdPercent() + "%に達しました ("
                        + properties.warningThresholdPercent() + " % of the cap used)",
                engagement.organisation() + " (" + engagement.caseNumber() + ")\n"
                        + label(budget.period()) + ": 使用 " + usedMinutes + " / 上限 " + capMinutes
                        + " 分 (used / cap, min), " + Tally.percent(usedMinutes, capMinutes) + " %\n"
                        + (heldMinutes > 0 ? "さらに " + heldMinutes + " 分の工数が上限を超えるため超過承認待ちです (a further "
                                + heldMinutes + " min would pass the cap and await an over-cap approval).\n" : "")
                        + "上限を超える工数はマネージャーの承認が必要です (Time beyond the cap needs a manager's approval).")
                .aboutCase(engagement.caseNumber()));
        hours.markWarned(engagement.caseNumber(), budget.period(), clock.instant());
    }

    private static String label(String period) {
        return HourRepository.SPOT_PERIOD.equals(period) ? "スポット全体 (whole spot engagement)" : period;
    }

    private String describe(TimeEntry entry) {
        return "#" + entry.id() + " " + names.shown(entry.consultant()) + " " + entry.workDate() + " "
                + entry.category().label() + " " + entry.minutes() + " 分 (min)" + (entry.note() == null ? "" : "\nメモ (Note): " + entry.note());
    }


    private TimeEntry caseEntry(String caseNumber, long entryId) {
        return hours.findEntry(entryId).filter(entry -> entry.caseNumber().equals(caseNumber))
                .orElseThrow(() -> new NotFoundException("No time entry " + entryId + " in " + caseNumber));
    }

    private TimeEntry entry(long id) {
        return hours.findEntry(id).orElseThrow();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** A budget period's cap and what counts against it. */
    private record Standing(int capMinutes, int scheduledMeetingsPlanned, List<CapShare> shares, Tally tally,
            int entryCount) {
    }
}
