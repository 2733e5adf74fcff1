package jp.bansou.board;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.bansou.enablement.EnablementProcess;
import jp.bansou.board.BoardQueries.CurrentTerm;
import jp.bansou.board.BoardQueries.HourFigures;
import jp.bansou.board.BoardQueries.LatestGate;
import jp.bansou.board.BoardQueries.MonthSla;
import jp.bansou.board.BoardQueries.OpenCase;
import jp.bansou.board.BoardQueries.ReplyFigures;
import jp.bansou.board.BoardRow.Attention;
import jp.bansou.contract.ContractProperties;
import jp.bansou.contract.PlanPeriod;
import jp.bansou.enablement.Stage;
import jp.bansou.hours.HoursProperties;
import jp.bansou.hours.MonthlyCap;
import jp.bansou.plan.Plan;
import jp.bansou.plan.PlanCatalog;
import jp.bansou.platform.BusinessTime;
import jp.bansou.security.UserNames;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The managers' board (issue 12): every open case with its stage, contract term, this month's hours and replies,
 * and what needs attention, from a fixed handful of set-based queries over the service's tables and two engine
 * queries (the cases' running process instances and their next scheduled-meeting timers).
 */
@Service
@Transactional(readOnly = true)
class CaseBoard {

    static final String INTAKE = "INTAKE";
    static final String CLOSING = "CLOSING";
    static final String UNDER_CONTRACT = "UNDER_CONTRACT";
    static final int CHART_MONTHS = 12;
    /** enablement.bpmn's timer of the next 定例ミーティング (Scheduled meeting). */
    static final String NEXT_MEETING_TIMER = EnablementProcess.EVENT_NEXT_MEETING;

    private static final Map<String, String> STAGE_LABELS = stageLabels();

    private final BoardQueries queries;
    private final PlanCatalog catalog;
    private final HoursProperties hoursProperties;
    private final ContractProperties contractProperties;
    private final HistoryService history;
    private final ManagementService management;
    private final UserNames names;
    private final Clock clock;

    CaseBoard(BoardQueries queries, PlanCatalog catalog, HoursProperties hoursProperties,
            ContractProperties contractProperties, HistoryService history, ManagementService management,
            UserNames names, Clock clock) {
        this.queries = queries;
        this.catalog = catalog;
        this.hoursProperties = hoursProperties;
        this.contractProperties = contractProperties;
        this.history = history;
        this.management = management;
        this.names = names;
        this.clock = clock;
    }

    /** The board, optionally only the cases of one consultant and/or only those that need attention. */
    public Board board(String consultant, boolean needsAttentionOnly) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, BusinessTime.ZONE);
        YearMonth month = YearMonth.from(today);
        Instant monthStart = startOf(month);
        Instant monthEnd = startOf(month.plusMonths(1));

        List<OpenCase> open = queries.openCases();
        Map<String, CurrentTerm> terms = queries.currentTerms();
        Map<String, List<PlanPeriod>> plans = queries.planHistories();
        Map<String, HourFigures> hours = queries.hours(month);
        Map<String, ReplyFigures> replies = queries.replies(monthStart, monthEnd, now);
        Map<String, Integer> escalations = queries.openEscalations();
        Map<String, LatestGate> gates = queries.latestGates();
        Map<String, List<HistoricProcessInstance>> instances = runningInstances(open);
        Map<String, Instant> nextMeetings = nextMeetings(instances);
        List<BoardQueries.ConsultantEscalations> escalationsByConsultant =
                queries.escalationsByConsultant(startOf(month.minusMonths(CHART_MONTHS - 1L)));
        List<String> consultants = new ArrayList<>(open.stream().map(OpenCase::consultant).toList());
        escalationsByConsultant.forEach(e -> consultants.add(e.consultant()));
        Map<String, String> consultantNames = names.shown(consultants);

        List<BoardRow> rows = new ArrayList<>();
        for (OpenCase c : open) {
            rows.add(row(c, today, month, terms.get(c.caseNumber()), plans.getOrDefault(c.caseNumber(), List.of()),
                    hours.get(c.caseNumber()), replies.get(c.caseNumber()),
                    escalations.getOrDefault(c.caseNumber(), 0), gates.get(c.caseNumber()),
                    instances.getOrDefault(c.caseNumber(), List.of()), nextMeetings.get(c.caseNumber()),
                    consultantNames.get(c.consultant())));
        }
        List<Board.StageCount> stages = casesByStage(rows);
        List<BoardRow> shown = rows.stream()
                .filter(row -> consultant == null || consultant.equals(row.consultant()))
                .filter(row -> !needsAttentionOnly || !row.attention().isEmpty())
                .toList();
        return new Board(now, today, month, hoursProperties.warningThresholdPercent(), rows.size(), shown,
                slaByMonth(month, monthStart, monthEnd, now), stages,
                escalationsByConsultant.stream()
                        .map(e -> new Board.ConsultantEscalations(e.consultant(), consultantNames.get(e.consultant()),
                                e.open(), e.handled()))
                        .toList());
    }

    private BoardRow row(OpenCase c, LocalDate today, YearMonth month, CurrentTerm term, List<PlanPeriod> planHistory,
            HourFigures hourFigures, ReplyFigures replyFigures, int openEscalations, LatestGate latestGate,
            List<HistoricProcessInstance> instances, Instant nextMeeting, @Nullable String consultantName) {
        String stage = stageOf(c);
        LocalDate since = switch (stage) {
            case INTAKE -> LocalDate.ofInstant(c.receivedAt(), BusinessTime.ZONE);
            case CLOSING -> c.contractEndedOn();
            default -> c.stageEnteredAt() == null ? c.contractStartsOn()
                    : LocalDate.ofInstant(c.stageEnteredAt(), BusinessTime.ZONE);
        };
        Integer days = since == null ? null : (int) Math.max(0, ChronoUnit.DAYS.between(since, today));
        BoardRow.Gate gate = gate(latestGate, today);
        BoardRow.ContractTerm contractTerm = term == null ? null : term(term, c, today);
        BoardRow.Hours hoursRow = hours(c, month, planHistory, hourFigures);
        BoardRow.Replies repliesRow = replyFigures == null ? new BoardRow.Replies(0, 0, 0, 0, openEscalations)
                : new BoardRow.Replies(replyFigures.received(), replyFigures.repliedInTime(), replyFigures.breached(),
                        replyFigures.open(), openEscalations);

        List<Attention> attention = new ArrayList<>();
        if (hoursRow != null && hoursRow.atWarning()) {
            attention.add(Attention.HOURS_AT_WARNING);
        }
        if (repliesRow.breached() > 0) {
            attention.add(Attention.REPLY_BREACHED);
        }
        if (gate != null && gate.pastRecheck()) {
            attention.add(Attention.GATE_HOLD_PAST_RECHECK);
        }
        if (contractTerm != null && "OVERDUE".equals(contractTerm.renewal())) {
            attention.add(Attention.RENEWAL_OVERDUE);
        }
        String plan = planOf(c, planHistory, today);
        return new BoardRow(c.caseNumber(), c.organisation(), c.consultant(), consultantName, plan, Labels.plan(plan),
                stage, STAGE_LABELS.get(stage), since, days, gate, contractTerm, hoursRow, repliesRow, nextMeeting,
                instances.stream()
                        .map(i -> new BoardRow.ProcessLink(i.getId(), i.getProcessDefinitionKey(),
                                i.getProcessDefinitionName()))
                        .toList(),
                List.copyOf(attention));
    }

    private static String stageOf(OpenCase c) {
        if (c.contractId() == null) {
            return INTAKE;
        }
        if (c.contractEndedOn() != null) {
            return CLOSING;
        }
        return c.stage() == null ? UNDER_CONTRACT : c.stage();
    }

    private static @Nullable String planOf(OpenCase c, List<PlanPeriod> history, LocalDate today) {
        if (c.contractId() == null) {
            return c.proposedPlan();
        }
        LocalDate on = c.contractEndedOn() != null && c.contractEndedOn().isBefore(today) ? c.contractEndedOn() : today;
        return PlanPeriod.inForce(history, on).map(Plan::name).orElse(null);
    }

    private static BoardRow.@Nullable Gate gate(@Nullable LatestGate gate, LocalDate today) {
        if (gate == null) {
            return null;
        }
        boolean onHold = gate.isOnHold();
        LocalDate recheckOn = onHold ? gate.decidedRecheckOn() : null;
        return new BoardRow.Gate(gate.stage(), gate.outcome(), recheckOn, onHold,
                recheckOn != null && recheckOn.isBefore(today), gate.overridePending());
    }

    private BoardRow.ContractTerm term(CurrentTerm term, OpenCase c, LocalDate today) {
        LocalDate nextStart = term.endsOn().plusDays(1);
        LocalDate opens = nextStart.minus(contractProperties.renewalReviewLead());
        LocalDate escalates = nextStart.minus(contractProperties.renewalEscalationBeforeEnd());
        String renewal;
        if (c.contractEndedOn() != null) {
            renewal = "ENDED";
        } else if (term.decision() != null) {
            renewal = "DECIDED";
        } else if (today.isBefore(opens)) {
            renewal = "NOT_YET";
        } else if (today.isBefore(escalates)) {
            renewal = "DUE";
        } else {
            renewal = "OVERDUE";
        }
        return new BoardRow.ContractTerm(term.seq(), term.kind(), term.startsOn(), term.endsOn(), term.decision(), opens,
                escalates, renewal);
    }

    private BoardRow.@Nullable Hours hours(OpenCase c, YearMonth month, List<PlanPeriod> planHistory,
            @Nullable HourFigures figures) {
        int threshold = hoursProperties.warningThresholdPercent();
        if (c.contractId() != null) {
            MonthlyCap cap = MonthlyCap.of(month, date -> covers(c, date) ? PlanPeriod.inForce(planHistory, date) : Optional.empty(),
                    catalog);
            return hours(month.toString(), cap.capMinutes(), figures == null ? 0 : figures.usedMinutes(),
                    figures == null ? 0 : figures.pendingMinutes(), figures == null ? 0 : figures.pendingEntries(),
                    threshold);
        }
        if (c.isAcceptedSpot()) {
            int cap = c.spotHours() == null ? 0 : c.spotHours() * 60;
            return hours("SPOT", cap, figures == null ? 0 : figures.spotUsedMinutes(),
                    figures == null ? 0 : figures.spotPendingMinutes(),
                    figures == null ? 0 : figures.spotPendingEntries(), threshold);
        }
        return null;
    }

    private static BoardRow.Hours hours(String period, int cap, int used, int pending, int pendingEntries,
            int threshold) {
        BigDecimal percent = cap == 0 ? null
                : BigDecimal.valueOf(used * 100L).divide(BigDecimal.valueOf(cap), 1, RoundingMode.HALF_UP);
        return new BoardRow.Hours(period, cap, used, percent, cap > 0 && used * 100L >= (long) threshold * cap,
                used > cap, pending, pendingEntries);
    }

    private static boolean covers(OpenCase c, LocalDate date) {
        return !date.isBefore(c.contractStartsOn()) && (c.contractEndedOn() == null || !date.isAfter(c.contractEndedOn()));
    }

    /** The running process instances whose business key is an open case's number, by case. */
    private Map<String, List<HistoricProcessInstance>> runningInstances(List<OpenCase> open) {
        if (open.isEmpty()) {
            return Map.of();
        }
        return history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKeyIn(open.stream().map(OpenCase::caseNumber).toArray(String[]::new))
                .unfinished()
                .orderByProcessInstanceStartTime().asc()
                .list().stream()
                .collect(Collectors.groupingBy(HistoricProcessInstance::getBusinessKey, LinkedHashMap::new,
                        Collectors.toList()));
    }

    private Map<String, Instant> nextMeetings(Map<String, List<HistoricProcessInstance>> instances) {
        Map<String, String> caseOfInstance = new HashMap<>();
        instances.forEach((caseNumber, list) -> list.forEach(i -> caseOfInstance.put(i.getId(), caseNumber)));
        Map<String, Instant> next = new HashMap<>();
        if (caseOfInstance.isEmpty()) {
            return next;
        }
        // one timer per running enablement flow; activityId together with processInstanceIds yields bad SQL in 7.24
        for (Job job : management.createJobQuery().timers().activityId(NEXT_MEETING_TIMER).list()) {
            String caseNumber = caseOfInstance.get(job.getProcessInstanceId());
            if (caseNumber != null && job.getDuedate() != null) {
                next.merge(caseNumber, job.getDuedate().toInstant(),
                        (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        return next;
    }

    private List<Board.SlaMonth> slaByMonth(YearMonth month, Instant monthStart, Instant monthEnd, Instant now) {
        YearMonth first = month.minusMonths(CHART_MONTHS - 1L);
        Map<YearMonth, MonthSla> closed = queries.closedMonthSla(first).stream()
                .collect(Collectors.toMap(MonthSla::month, Function.identity()));
        List<Board.SlaMonth> months = new ArrayList<>();
        for (YearMonth m = first; m.isBefore(month); m = m.plusMonths(1)) {
            MonthSla sla = closed.get(m);
            months.add(sla == null ? new Board.SlaMonth(m, false, 0, 0, 0, 0, null) : slaMonth(sla, true));
        }
        months.add(slaMonth(queries.openMonthSla(month, monthStart, monthEnd, now), false));
        return months;
    }

    private static Board.SlaMonth slaMonth(MonthSla sla, boolean closed) {
        BigDecimal percent = sla.consultations() == 0 ? null
                : BigDecimal.valueOf(sla.repliedInTime() * 100L)
                        .divide(BigDecimal.valueOf(sla.consultations()), 1, RoundingMode.HALF_UP);
        return new Board.SlaMonth(sla.month(), closed, sla.consultations(), sla.repliedInTime(), sla.breached(),
                sla.open(), percent);
    }

    private static List<Board.StageCount> casesByStage(List<BoardRow> rows) {
        Map<String, Long> counts = rows.stream().collect(Collectors.groupingBy(BoardRow::stage, Collectors.counting()));
        return STAGE_LABELS.entrySet().stream()
                .filter(stage -> !UNDER_CONTRACT.equals(stage.getKey()) || counts.containsKey(UNDER_CONTRACT))
                .map(stage -> new Board.StageCount(stage.getKey(), stage.getValue(),
                        counts.getOrDefault(stage.getKey(), 0L).intValue()))
                .toList();
    }

    private static Instant startOf(YearMonth month) {
        return month.atDay(1).atStartOfDay(BusinessTime.ZONE).toInstant();
    }

    /** The funnel's order: intake, the four steps, closing. */
    private static Map<String, String> stageLabels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(INTAKE, "受付・提案 (Intake)");
        for (Stage stage : Stage.values()) {
            labels.put(stage.name(), stage.label());
        }
        labels.put(UNDER_CONTRACT, "契約中 (Under contract)");
        labels.put(CLOSING, "終了手続き (Closing)");
        return labels;
    }

}
