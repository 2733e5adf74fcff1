package jp.bansou.enablement;

import static jp.bansou.platform.InvalidInputException.reject;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import jp.bansou.contract.ContractService;
import jp.bansou.enablement.EnablementRecords.ActionItem;
import jp.bansou.enablement.EnablementRecords.AttendedMeeting;
import jp.bansou.enablement.EnablementRecords.Blockage;
import jp.bansou.enablement.EnablementRecords.DecisionPoint;
import jp.bansou.enablement.EnablementRecords.DialogueSession;
import jp.bansou.enablement.EnablementRecords.DocumentedRule;
import jp.bansou.enablement.EnablementRecords.InternalPromoter;
import jp.bansou.enablement.EnablementRecords.IssueMapEntry;
import jp.bansou.enablement.EnablementRecords.ReviewCycle;
import jp.bansou.enablement.EnablementRecords.ScheduledMeetingMinutes;
import jp.bansou.enablement.EnablementRecords.StakeholderHearing;
import jp.bansou.enablement.EnablementRecords.SupportWeight;
import jp.bansou.enablement.EnablementRecords.ThemePriority;
import jp.bansou.engagement.EngagementService;
import jp.bansou.hours.HourLedger;
import jp.bansou.hours.NewTimeEntry;
import jp.bansou.hours.TimeEntryCategory;
import jp.bansou.plan.Plan;
import jp.bansou.plan.PlanCatalog;
import jp.bansou.platform.InvalidInputException;
import jp.bansou.platform.InvalidInputException.FieldProblem;
import jp.bansou.platform.NotFoundException;
import jp.bansou.security.Groups;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enablement flow of a case: the stage it is in, what the consultant records in each stage, the scheduled
 * meetings, and the decisions taken at each stage gate. Every rule about what may be recorded lives here; the
 * process's listeners only hand over what the forms collected.
 */
@Service
@Transactional
class EnablementService {

    static final int MAX_OPTIONS = 10;
    static final int MAX_OPTION_LENGTH = 1000;
    static final int SUPPORT_PLAN_MONTHS_AHEAD = 12;
    static final String SCHEDULED_MEETING_TITLE = "定例ミーティング (Scheduled meeting)";

    private final EnablementFlows flows;
    private final StageWorkRecords records;
    private final DecisionPoints decisionPoints;
    private final StageGates gates;
    private final EngagementService engagements;
    private final ContractService contracts;
    private final PlanCatalog plans;
    private final EnablementProperties properties;
    private final HourLedger hours;
    private final IdentityService identity;
    private final Clock clock;

    EnablementService(EnablementFlows flows, StageWorkRecords records, DecisionPoints decisionPoints,
            StageGates gates, EngagementService engagements, ContractService contracts,
            PlanCatalog plans, EnablementProperties properties, HourLedger hours, IdentityService identity,
            Clock clock) {
        this.flows = flows;
        this.records = records;
        this.decisionPoints = decisionPoints;
        this.gates = gates;
        this.engagements = engagements;
        this.contracts = contracts;
        this.plans = plans;
        this.properties = properties;
        this.hours = hours;
        this.identity = identity;
        this.clock = clock;
    }

    // --- the flow

    void start(String caseNumber) {
        if (flows.findById(caseNumber).isPresent()) {
            throw new IllegalStateException(caseNumber + " has already entered the enablement flow");
        }
        flows.save(Enablement.started(caseNumber, clock.instant()));
    }

    void enterStage(String caseNumber, Stage stage) {
        flows.save(flow(caseNumber).entering(stage, clock.instant()));
    }

    /** The Self-propelled gate was passed. */
    void complete(String caseNumber) {
        flows.save(flow(caseNumber).completed(clock.instant()));
    }

    /** The flow's process instance ended: with the contract, or (rarely) deleted by an administrator. */
    void end(String caseNumber) {
        flows.findById(caseNumber).filter(flow -> flow.endedAt() == null)
                .ifPresent(flow -> flows.save(flow.ended(clock.instant())));
    }

    private Enablement flow(String caseNumber) {
        return flows.findById(caseNumber)
                .orElseThrow(() -> new IllegalStateException(caseNumber + " has not entered the enablement flow"));
    }

    @Transactional(readOnly = true)
    Enablement get(String caseNumber) {
        engagements.get(caseNumber);
        return flows.findById(caseNumber)
                .orElseThrow(() -> new NotFoundException(caseNumber + " has not entered the enablement flow"));
    }

    // --- 対話 Dialogue

    void recordHearing(String caseNumber, StakeholderHearing hearing, String by) {
        reject(notInFuture("heldOn", hearing.heldOn()));
        records.add(caseNumber, hearing, by, clock.instant());
    }

    void recordSession(String caseNumber, DialogueSession session, String by) {
        reject(notInFuture("heldOn", session.heldOn()));
        records.add(caseNumber, session, by, clock.instant());
    }

    void recordBlockage(String caseNumber, Blockage blockage, String by) {
        records.add(caseNumber, blockage, by, clock.instant());
    }

    // --- 気づき Insight

    void recordIssue(String caseNumber, IssueMapEntry issue, String by) {
        records.add(caseNumber, issue, by, clock.instant());
    }

    /** A decision point needs at least two options: with one, there is nothing to decide. */
    void recordDecisionPoint(String caseNumber, DecisionPoint point, String by) {
        List<FieldProblem> problems = new ArrayList<>();
        if (point.options().size() < DecisionPointsWithOptions.MIN_OPTIONS || point.options().size() > MAX_OPTIONS) {
            problems.add(new FieldProblem("options", "list " + DecisionPointsWithOptions.MIN_OPTIONS + " to "
                    + MAX_OPTIONS + " options, one per line (" + point.options().size() + " given)"));
        }
        if (point.options().stream().anyMatch(option -> option.length() > MAX_OPTION_LENGTH)) {
            problems.add(new FieldProblem("options", "an option must have at most " + MAX_OPTION_LENGTH + " characters"));
        }
        reject(problems);
        decisionPoints.add(caseNumber, point, by, clock.instant());
    }

    void recordTheme(String caseNumber, ThemePriority theme, String by) {
        reject(notInFuture("agreedOn", theme.agreedOn()));
        records.add(caseNumber, theme, by, clock.instant());
    }

    // --- 腹落ち Buy-in

    void recordAction(String caseNumber, ActionItem action, String by) {
        if (action.dueOn().isBefore(today())) {
            throw new InvalidInputException("dueOn", "must not be in the past (today is " + today() + ")");
        }
        records.add(caseNumber, action, by, clock.instant());
    }

    void recordAttendedMeeting(String caseNumber, Stage stage, AttendedMeeting meeting, String by) {
        List<FieldProblem> problems = notInFuture("heldOn", meeting.heldOn());
        if (meeting.endedInDecision() && isBlank(meeting.decision())) {
            problems.add(new FieldProblem("decision", "is required when the meeting ended in a decision"));
        }
        reject(problems);
        AttendedMeeting kept = meeting.endedInDecision() ? meeting
                : new AttendedMeeting(meeting.heldOn(), meeting.title(), meeting.notes(), false, null);
        records.addAttendedMeeting(caseNumber, stage, kept, by, clock.instant());
    }

    /**
     * 定例ミーティング: a meeting held needs its date and the minutes it took, which are booked in the hour ledger
     * as a scheduled MEETING of the consultant who held it (over the cap, the ledger holds the entry for a
     * manager's approval); one not held needs the reason and books nothing.
     */
    long recordScheduledMeeting(String caseNumber, Stage stage, ScheduledMeetingMinutes meeting, String by) {
        List<FieldProblem> problems = new ArrayList<>();
        if (meeting.held()) {
            if (meeting.heldOn() == null) {
                problems.add(new FieldProblem("heldOn", "is required for a meeting that was held"));
            } else {
                problems.addAll(notInFuture("heldOn", meeting.heldOn()));
            }
            if (meeting.minutes() == null || meeting.minutes() < 1 || meeting.minutes() > properties.maxMeetingMinutes()) {
                problems.add(new FieldProblem("minutes", "the minutes spent are required for a meeting that was held, "
                        + "1 to " + properties.maxMeetingMinutes()));
            }
            if (meeting.endedInDecision() && isBlank(meeting.decision())) {
                problems.add(new FieldProblem("decision", "is required when the meeting ended in a decision"));
            }
        }
        reject(problems);
        ScheduledMeetingMinutes kept = meeting.held()
                ? (meeting.endedInDecision() ? meeting : new ScheduledMeetingMinutes(meeting.plannedOn(), true,
                        meeting.heldOn(), meeting.minutes(), meeting.notes(), false, null))
                : new ScheduledMeetingMinutes(meeting.plannedOn(), false, null, null, meeting.notes(), false, null);
        Long timeEntryId = kept.held() ? bookMinutes(caseNumber, kept, by) : null;
        return records.addScheduledMeeting(caseNumber, stage, SCHEDULED_MEETING_TITLE, kept, timeEntryId, by,
                clock.instant());
    }

    private long bookMinutes(String caseNumber, ScheduledMeetingMinutes meeting, String consultant) {
        try {
            return hours.record(new NewTimeEntry(caseNumber, consultant, meeting.heldOn(), meeting.minutes(),
                    TimeEntryCategory.MEETING, true, SCHEDULED_MEETING_TITLE + " " + meeting.plannedOn(), consultant))
                    .id();
        } catch (InvalidInputException e) {
            // the ledger speaks of the entry's work date; on the meeting's form that is the day it was held
            throw new InvalidInputException(e.problems().stream()
                    .map(p -> "workDate".equals(p.field()) ? new FieldProblem("heldOn", p.message()) : p)
                    .toList());
        }
    }

    @Transactional(readOnly = true)
    List<Meeting> meetings(String caseNumber) {
        return records.meetings(caseNumber);
    }

    // --- 自走化 Self-propelled

    void recordRule(String caseNumber, DocumentedRule rule, String by) {
        records.add(caseNumber, rule, by, clock.instant());
    }

    void recordReview(String caseNumber, ReviewCycle review, String by) {
        reject(notInFuture("heldOn", review.heldOn()));
        records.add(caseNumber, review, by, clock.instant());
    }

    void recordPromoter(String caseNumber, InternalPromoter promoter, String by) {
        reject(notInFuture("namedOn", promoter.namedOn()));
        records.add(caseNumber, promoter, by, clock.instant());
    }

    /**
     * The support weight planned for a month: from this month up to a year ahead, and no more than the month's
     * hour cap under the plan in force (the cap is an upper limit, domain.md section 1).
     */
    void recordSupportWeight(String caseNumber, SupportWeight weight, String by) {
        YearMonth thisMonth = YearMonth.from(today());
        if (weight.month().isBefore(thisMonth) || weight.month().isAfter(thisMonth.plusMonths(SUPPORT_PLAN_MONTHS_AHEAD))) {
            throw new InvalidInputException("month", "must be from " + thisMonth + " to "
                    + thisMonth.plusMonths(SUPPORT_PLAN_MONTHS_AHEAD));
        }
        LocalDate firstDay = weight.month().atDay(1).isBefore(today()) ? today() : weight.month().atDay(1);
        Plan plan = contracts.planOn(caseNumber, firstDay).orElseThrow(() ->
                new InvalidInputException("month", "the contract does not cover " + weight.month()));
        int cap = plans.terms(plan).monthlyCapHours();
        if (weight.plannedHours() < 0 || weight.plannedHours() > cap) {
            throw new InvalidInputException("plannedHours", "must be from 0 to " + cap + " (the " + plan
                    + " plan's monthly cap)");
        }
        records.add(caseNumber, weight, by, clock.instant());
    }

    @Transactional(readOnly = true)
    List<SupportWeight> supportWeights(String caseNumber) {
        return records.supportWeights(caseNumber);
    }

    @Transactional(readOnly = true)
    Evidence evidence(String caseNumber) {
        return records.evidence(caseNumber);
    }

    // --- ステージゲート

    @Transactional(readOnly = true)
    StageGate gate(long gateId) {
        return gates.find(gateId).orElseThrow(() -> new IllegalStateException("No stage gate " + gateId));
    }

    @Transactional(readOnly = true)
    List<StageGate> gates(String caseNumber) {
        return gates.ofCase(caseNumber);
    }

    /**
     * ステージゲート審査: the outcome agreed with the client. PASS with unmet criteria is a request for a manager's
     * override (it needs a reason); HOLD needs a re-check date; BACK is not possible from the first step.
     */
    void decideGate(long gateId, GateDecision decision, String by) {
        StageGate gate = gate(gateId);
        if (gate.isDecided() || gate.overridePending()) {
            throw new IllegalStateException("Stage gate " + gateId + " is already decided or awaits a manager");
        }
        LocalDate today = today();
        List<FieldProblem> problems = new ArrayList<>();
        switch (decision.outcome()) {
            case PASS -> {
                if (!gate.criteriaMet() && gate.overrideDecision() == OverrideDecision.DECLINED) {
                    problems.add(new FieldProblem("outcome", "a manager declined passing this gate with unmet "
                            + "criteria; hold it or send the case back"));
                } else if (!gate.criteriaMet() && isBlank(decision.overrideRequest())) {
                    problems.add(new FieldProblem("overrideRequest", "is required to pass with unmet criteria: "
                            + String.join("; ", gate.unmet().stream().map(CriterionResult::description).toList())));
                }
            }
            case HOLD -> {
                LocalDate latest = today.plus(properties.maxRecheckAhead());
                if (decision.recheckOn() == null) {
                    problems.add(new FieldProblem("recheckOn", "is required to hold the gate"));
                } else if (!decision.recheckOn().isAfter(today) || decision.recheckOn().isAfter(latest)) {
                    problems.add(new FieldProblem("recheckOn", "must be after " + today + " and not after " + latest));
                }
            }
            case BACK -> {
                if (gate.stage().previous().isEmpty()) {
                    problems.add(new FieldProblem("outcome", "BACK is not possible from " + gate.stage().label()
                            + ", the first step"));
                }
            }
        }
        reject(problems);
        if (decision.outcome() == GateOutcome.PASS && !gate.criteriaMet()) {
            decided(gates.requestOverride(gateId, by, decision.overrideRequest(), decision.clientAttendees(),
                    decision.note()), gateId);
            return;
        }
        decided(gates.decide(gateId, decision.outcome(), today, clock.instant(), by, decision.clientAttendees(),
                decision.note(), decision.outcome() == GateOutcome.HOLD ? decision.recheckOn() : null), gateId);
    }

    /** A manager approves passing a gate despite unmet criteria, or declines; the reason is kept either way. */
    void decideOverride(long gateId, boolean approve, String reason, String manager) {
        StageGate gate = gate(gateId);
        if (!gate.overridePending()) {
            throw new IllegalStateException("Stage gate " + gateId + " has no pending override request");
        }
        if (!Groups.isManager(identity, manager)) {
            throw new InvalidInputException("assignee", manager + " is not a manager: only a manager may decide an "
                    + "override");
        }
        decided(gates.decideOverride(gateId, approve ? OverrideDecision.APPROVED : OverrideDecision.DECLINED,
                manager, reason, clock.instant()), gateId);
        if (approve) {
            decided(gates.decide(gateId, GateOutcome.PASS, today(), clock.instant(), gate.overrideRequestedBy(),
                    gate.clientAttendees(), gate.note(), null), gateId);
        }
    }

    /** Two decisions on one gate at once: the one that came second finds it changed and is rolled back. */
    private static void decided(boolean changed, long gateId) {
        if (!changed) {
            throw new IllegalStateException("Stage gate " + gateId + " was decided meanwhile");
        }
    }

    private List<FieldProblem> notInFuture(String field, LocalDate date) {
        List<FieldProblem> problems = new ArrayList<>();
        if (date.isAfter(today())) {
            problems.add(new FieldProblem(field, "must not be in the future (today is " + today() + ")"));
        }
        return problems;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** What the stage-gate review decided with the client. */
    record GateDecision(GateOutcome outcome, LocalDate recheckOn, String overrideRequest, String clientAttendees,
            String note) {
    }
}
