package jp.bansou.contract;

import static jp.bansou.platform.InvalidInputException.reject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jp.bansou.engagement.ConsultantAssigned;
import jp.bansou.engagement.EngagementProcess;
import jp.bansou.engagement.EngagementService;
import jp.bansou.notification.Notification;
import jp.bansou.notification.Notifier;
import jp.bansou.plan.Plan;
import jp.bansou.platform.BusinessTime;
import jp.bansou.platform.InvalidInputException;
import jp.bansou.platform.InvalidInputException.FieldProblem;
import jp.bansou.platform.NotFoundException;
import jp.bansou.security.Groups;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contract of a case: signing starts the 3-month trial, each term ends in a renewal decision, notices from
 * either party take effect a notice period later (or on a later date they name), and the plan in force on any
 * date is kept as history. A term that ends while its renewal is still undecided pauses the contract.
 */
@Service
@Transactional
public class ContractService {

    static final String TOPIC_PAUSED = "CONTRACT_PAUSED_UNDECIDED";

    private final ContractRepository contracts;
    private final Notices notices;
    private final EngagementService engagements;
    private final ContractProperties properties;
    private final ContractSchedule schedule;
    private final Notifier notifier;
    private final PendingNoticesField decisionForms;
    private final RuntimeService runtime;
    private final Clock clock;

    ContractService(ContractRepository contracts, Notices notices, EngagementService engagements,
            ContractProperties properties, ContractSchedule schedule, Notifier notifier, PendingNoticesField decisionForms, RuntimeService runtime,
            Clock clock) {
        this.contracts = contracts;
        this.notices = notices;
        this.engagements = engagements;
        this.properties = properties;
        this.schedule = schedule;
        this.notifier = notifier;
        this.decisionForms = decisionForms;
        this.runtime = runtime;
        this.clock = clock;
    }

    /** 契約締結 (Sign contract): the contract, its trial term and its first plan. */
    Contract sign(String caseNumber, Plan plan, LocalDate startsOn, String consultant, String signedBy) {
        LocalDate today = today();
        List<FieldProblem> problems = new ArrayList<>();
        if (!plan.isContinuous()) {
            problems.add(new FieldProblem("plan", "a contract needs a continuous plan (LIGHT, STANDARD or ADVANCED)"));
        }
        if (startsOn.isBefore(today.minus(properties.maxBackdatedStart()))) {
            problems.add(new FieldProblem("startDate",
                    "must not be earlier than " + today.minus(properties.maxBackdatedStart())));
        }
        if (startsOn.isAfter(today.plusYears(1))) {
            problems.add(new FieldProblem("startDate", "must be within a year from today"));
        }
        if (!engagements.isConsultant(consultant)) {
            problems.add(new FieldProblem("consultant", "'" + consultant + "' is not a user of the group consultants"));
        }
        if (contracts.findContract(caseNumber).isPresent()) {
            problems.add(new FieldProblem("caseNumber", caseNumber + " already has a contract"));
        }
        reject(problems);
        long contractId = contracts.insertContract(caseNumber, startsOn, consultant, signedBy, clock.instant());
        contracts.insertTerm(contractId, 1, TermKind.TRIAL, startsOn, schedule.termEndsOn(startsOn, 1));
        contracts.insertPlanPeriod(contractId, plan, startsOn, PlanChangeSource.SIGNED, clock.instant());
        engagements.assignConsultant(caseNumber, consultant);
        return contracts.getContract(contractId);
    }

    /**
     * 試行期間レビュー / 契約更新判断: whether the contract continues after the current term, and on which plan.
     * Renewing is refused while a cancellation is pending: the notice must be withdrawn first. The trial
     * review also keeps its signals.
     */
    boolean decideRenewal(String caseNumber, RenewalDecision decision, Plan nextPlan, Boolean approachFits,
            String note, String decidedBy, TrialSignals signals) {
        Term term = currentTerm(caseNumber);
        List<FieldProblem> problems = new ArrayList<>();
        if (decision == RenewalDecision.RENEW && (nextPlan == null || !nextPlan.isContinuous())) {
            problems.add(new FieldProblem("nextPlan",
                    "the plan of the next term (LIGHT, STANDARD or ADVANCED) is required to renew"));
        }
        if (decision == RenewalDecision.RENEW) {
            pendingCancellation(term.contractId()).ifPresent(cancellation -> problems.add(new FieldProblem(
                    "decision", "cannot renew while cancellation notice #" + cancellation.id() + " (effective on "
                    + cancellation.effectiveOn() + ") is pending: a manager must withdraw it first (POST /api/engagements/"
                    + caseNumber + "/notices/" + cancellation.id() + "/withdrawal), or decide END")));
        }
        reject(problems);
        contracts.decideTerm(term.id(), decision, decision == RenewalDecision.RENEW ? nextPlan : null,
                approachFits, note, decidedBy, clock.instant());
        if (signals != null && term.kind() == TermKind.TRIAL) {
            contracts.insertTrialSignals(term.id(), signals.confusionPointsInWords(), signals.whatToDecideClear(),
                    signals.fewerStalls(), decidedBy, clock.instant());
        }
        return decision == RenewalDecision.RENEW;
    }

    /**
     * A renewed contract continues into its next 6-month term, counted from the contract's start, switching plan
     * if the decision changed it. A pause after the previous term is over: the new term covers its days.
     */
    Term startNextTerm(String caseNumber) {
        Contract contract = contract(caseNumber);
        Term previous = currentTerm(caseNumber);
        int seq = previous.seq() + 1;
        LocalDate startsOn = schedule.termStartsOn(contract.startsOn(), seq);
        contracts.insertTerm(contract.id(), seq, TermKind.RENEWAL, startsOn,
                schedule.termEndsOn(contract.startsOn(), seq));
        if (previous.nextPlan() != null && previous.nextPlan() != planOn(contract, previous.endsOn())) {
            contracts.insertPlanPeriod(contract.id(), previous.nextPlan(), startsOn, PlanChangeSource.RENEWAL,
                    clock.instant());
        }
        contracts.resume(contract.id());
        return currentTerm(caseNumber);
    }

    /**
     * Not renewed: the contract ends with its current term (also when that was decided during a pause after it).
     * Notices still pending, whose effective date lies after that end, are superseded.
     */
    void recordExpiry(String caseNumber) {
        Contract contract = contract(caseNumber);
        contracts.endContract(contract.id(), currentTerm(caseNumber).endsOn(), ContractEnd.NOT_RENEWED);
        contracts.resume(contract.id());
        notices.supersedePending(contract.id(), clock.instant());
    }

    /**
     * The term ended while the managers' renewal decision was still open: the contract pauses after the term's
     * last day (no work is covered after it) until a manager decides, and the managers are told.
     */
    void pauseUndecided(String caseNumber) {
        Contract contract = contract(caseNumber);
        Term term = currentTerm(caseNumber);
        if (!contract.isRunning() || term.decision() != null) {
            return;
        }
        contracts.pause(contract.id(), term.endsOn(), term.id(), clock.instant());
        notifier.send(new Notification(TOPIC_PAUSED, Set.of(contract.consultant()), Set.of(Groups.MANAGERS),
                caseNumber + ": 契約更新が未決のため契約を一時停止 (Contract paused: renewal undecided)",
                caseNumber + " の契約期間は " + term.endsOn() + " に終了しましたが、更新判断がされていません。"
                        + "判断があるまで " + term.nextStart() + " 以降の工数は登録できません。"
                        + "タスク「契約更新判断・管理者」で判断してください。\n"
                        + "The term of " + caseNumber + " ended on " + term.endsOn() + " with its renewal undecided."
                        + " No hours can be booked from " + term.nextStart() + " until a manager decides in the task"
                        + " 契約更新判断・管理者 (Renewal decision by a manager): renewing starts the next term on "
                        + term.nextStart() + " (covering the pause), ending ends the contract on " + term.endsOn() + ".")
                .aboutCase(caseNumber));
    }

    /** 解約・見直しの申し出: recorded now, applied by the process when it takes effect. */
    public Notice giveNotice(String caseNumber, NoticeRequest request, String recordedBy) {
        engagements.get(caseNumber);
        Contract contract = runningContract(caseNumber).orElseThrow(() ->
                new InvalidInputException("caseNumber", caseNumber + " has no running contract"));
        LocalDate today = today();
        LocalDate earliestNoticeDate = today.minus(properties.maxBackdatedNotice());
        LocalDate signedOn = contract.signedAt().atZone(BusinessTime.ZONE).toLocalDate();
        LocalDate earliestEffective = schedule.earliestEffectiveOn(request.noticeDate());
        LocalDate effectiveOn = request.effectiveOn() == null ? earliestEffective : request.effectiveOn();
        List<FieldProblem> problems = new ArrayList<>();
        if (request.noticeDate().isBefore(earliestNoticeDate)) {
            problems.add(new FieldProblem("noticeDate", "must not be earlier than " + earliestNoticeDate
                    + " (a notice may be recorded up to " + properties.maxBackdatedNotice() + " after it was received;"
                    + " today is " + today + ")"));
        } else if (request.noticeDate().isBefore(signedOn)) {
            problems.add(new FieldProblem("noticeDate", "must not be before the contract was signed on " + signedOn));
        }
        if (request.noticeDate().isAfter(today.plusYears(1))) {
            problems.add(new FieldProblem("noticeDate", "must be within a year from today"));
        }
        if (effectiveOn.isBefore(earliestEffective)) {
            problems.add(new FieldProblem("effectiveOn", "must not be earlier than " + earliestEffective
                    + " (the notice date " + request.noticeDate() + " plus the notice period "
                    + properties.noticePeriod() + ")"));
        } else if (effectiveOn.isAfter(earliestEffective.plusYears(1))) {
            problems.add(new FieldProblem("effectiveOn", "must not be later than " + earliestEffective.plusYears(1)));
        }
        if (request.kind() == NoticeKind.REVISION) {
            if (request.newPlan() == null || !request.newPlan().isContinuous()) {
                problems.add(new FieldProblem("newPlan", "a revision needs the new plan (LIGHT, STANDARD or ADVANCED)"));
            } else if (request.newPlan() == planOn(contract, effectiveOn)) {
                problems.add(new FieldProblem("newPlan", request.newPlan() + " is already the plan on " + effectiveOn));
            }
        } else if (request.newPlan() != null) {
            problems.add(new FieldProblem("newPlan", "only a revision names a new plan"));
        }
        if (request.kind() == NoticeKind.CANCELLATION && pendingCancellation(contract.id()).isPresent()) {
            problems.add(new FieldProblem("kind", "a cancellation notice is already pending for " + caseNumber));
        }
        reject(problems);
        long noticeId = notices.save(Notice.recorded(contract.id(), request.kind(), request.party(),
                request.noticeDate(), effectiveOn, request.reason(), request.newPlan(), recordedBy, today,
                clock.instant())).id();
        runtime.createMessageCorrelation(EngagementProcess.MESSAGE_NOTICE)
                .processInstanceBusinessKey(caseNumber)
                .setVariablesLocal(Map.of("noticeId", noticeId, "noticeKind", request.kind().name()))
                .correlate();
        decisionForms.refresh(caseNumber);
        return notice(noticeId);
    }

    /** A manager withdraws a pending notice, with a reason: it never takes effect. */
    public Notice withdrawNotice(String caseNumber, long noticeId, String reason, String withdrawnBy) {
        engagements.get(caseNumber);
        Notice notice = notices.findById(noticeId)
                .filter(n -> contracts.findContract(caseNumber).map(c -> c.id() == n.contractId()).orElse(false))
                .orElseThrow(() -> new NotFoundException("No notice " + noticeId + " for " + caseNumber));
        if (notices.withdraw(noticeId, withdrawnBy, reason, clock.instant()) == 0) {
            throw new NoticeNotPendingException(notice);
        }
        runtime.createMessageCorrelation(EngagementProcess.MESSAGE_NOTICE_WITHDRAWN + noticeId)
                .processInstanceBusinessKey(caseNumber)
                .correlate();
        decisionForms.refresh(caseNumber);
        return notice(noticeId);
    }

    /** A revision takes effect: the new plan is in force from the effective date. */
    void applyRevision(long noticeId) {
        Notice notice = notice(noticeId);
        contracts.insertPlanPeriod(notice.contractId(), notice.newPlan(), notice.effectiveOn(),
                PlanChangeSource.REVISION, clock.instant());
        notices.markApplied(noticeId, clock.instant());
    }

    /**
     * A cancellation takes effect: the contract's last day is the day before the effective date, or the last day
     * of a term that already ended undecided (a pending cancellation rules out renewing it).
     */
    void applyCancellation(long noticeId) {
        Notice notice = notice(noticeId);
        Contract contract = contracts.getContract(notice.contractId());
        LocalDate lastDay = notice.effectiveOn().minusDays(1);
        if (contract.isPaused() && contract.pausedAfter().isBefore(lastDay)) {
            lastDay = contract.pausedAfter();
        }
        contracts.endContract(notice.contractId(), lastDay, ContractEnd.CANCELLED);
        notices.markApplied(noticeId, clock.instant());
        contracts.resume(notice.contractId());
        notices.supersedePending(notice.contractId(), clock.instant());
    }

    /** The pending notices of the case, as lines for the renewal decision's form. */
    @Transactional(readOnly = true)
    public List<Notice> pendingNotices(String caseNumber) {
        return notices(caseNumber).stream().filter(Notice::isPending).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Contract> findContract(String caseNumber) {
        return contracts.findContract(caseNumber);
    }

    @Transactional(readOnly = true)
    public List<Contract> runningContracts() {
        return contracts.findRunning();
    }

    @Transactional(readOnly = true)
    public Optional<Contract> runningContract(String caseNumber) {
        return contracts.findContract(caseNumber).filter(Contract::isRunning);
    }

    /**
     * The plan in force on a date, if the case had a contract that day. During a pause the plan stays the one in
     * force (the days are not {@linkplain Contract#covers covered} for work, but consultations keep their SLA).
     */
    @Transactional(readOnly = true)
    public Optional<Plan> planOn(String caseNumber, LocalDate date) {
        return plansOf(caseNumber).apply(date);
    }

    /**
     * {@link #planOn(String, LocalDate)} for any number of dates, from one read of the contract and its plan
     * periods: for the loops over a month's days (its cap) or the days ahead (its next meeting).
     */
    @Transactional(readOnly = true)
    public Function<LocalDate, Optional<Plan>> plansOf(String caseNumber) {
        Optional<Contract> contract = contracts.findContract(caseNumber);
        List<PlanPeriod> periods = contract.map(c -> contracts.findPlanPeriods(c.id())).orElse(List.of());
        return date -> contract.filter(c -> c.spans(date)).flatMap(c -> PlanPeriod.inForce(periods, date));
    }

    @Transactional(readOnly = true)
    public List<Term> terms(String caseNumber) {
        return contracts.findContract(caseNumber).map(c -> contracts.findTerms(c.id())).orElse(List.of());
    }

    @Transactional(readOnly = true)
    public List<PlanPeriod> planHistory(String caseNumber) {
        return contracts.findContract(caseNumber).map(c -> contracts.findPlanPeriods(c.id())).orElse(List.of());
    }

    @Transactional(readOnly = true)
    public List<Notice> notices(String caseNumber) {
        return contracts.findContract(caseNumber).map(c -> notices.findByContractIdOrderByNoticeDateAscIdAsc(c.id())).orElse(List.of());
    }

    @Transactional(readOnly = true)
    public Term currentTerm(String caseNumber) {
        return terms(caseNumber).stream().max(Comparator.comparingInt(Term::seq))
                .orElseThrow(() -> new IllegalStateException(caseNumber + " has no contract term"));
    }

    @Transactional(readOnly = true)
    public Notice notice(long noticeId) {
        return notices.findById(noticeId)
                .orElseThrow(() -> new IllegalStateException("No notice " + noticeId));
    }

    private Optional<Notice> pendingCancellation(long contractId) {
        return notices.findByContractIdOrderByNoticeDateAscIdAsc(contractId).stream()
                .filter(n -> n.kind() == NoticeKind.CANCELLATION && n.isPending())
                .findFirst();
    }

    private Plan planOn(Contract contract, LocalDate date) {
        return PlanPeriod.inForce(contracts.findPlanPeriods(contract.id()), date).orElseThrow();
    }

    private Contract contract(String caseNumber) {
        return contracts.findContract(caseNumber)
                .orElseThrow(() -> new IllegalStateException(caseNumber + " has no contract"));
    }

    /** A reassigned case: its running contract names the new consultant too. */
    @EventListener
    void onConsultantAssigned(ConsultantAssigned assigned) {
        runningContract(assigned.caseNumber())
                .ifPresent(contract -> contracts.reassign(contract.id(), assigned.consultant()));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
