package jp.bansou.contract;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.bansou.engagement.ConsultantAssigned;
import jp.bansou.engagement.EngagementProcess;
import jp.bansou.engagement.EngagementService;
import jp.bansou.engagement.Plan;
import jp.bansou.platform.InvalidInputException;
import jp.bansou.platform.InvalidInputException.FieldProblem;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contract of a case: signing starts the 3-month trial, each term ends in a renewal decision, notices from
 * either party take effect a notice period later, and the plan in force on any date is kept as history.
 */
@Service
@Transactional
public class ContractService {

    private final ContractRepository contracts;
    private final EngagementService engagements;
    private final ContractProperties properties;
    private final RuntimeService runtime;
    private final Clock clock;

    ContractService(ContractRepository contracts, EngagementService engagements, ContractProperties properties,
            RuntimeService runtime, Clock clock) {
        this.contracts = contracts;
        this.engagements = engagements;
        this.properties = properties;
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
        contracts.insertTerm(contractId, 1, TermKind.TRIAL, startsOn,
                startsOn.plus(properties.trialTerm()).minusDays(1));
        contracts.insertPlanPeriod(contractId, plan, startsOn, PlanChangeSource.SIGNED, clock.instant());
        engagements.assignConsultant(caseNumber, consultant);
        return contracts.getContract(contractId);
    }

    /** 試行期間レビュー / 契約更新判断: whether the contract continues after the current term, and on which plan. */
    boolean decideRenewal(String caseNumber, RenewalDecision decision, Plan nextPlan, Boolean approachFits,
            String note, String decidedBy) {
        Term term = currentTerm(caseNumber);
        if (decision == RenewalDecision.RENEW && (nextPlan == null || !nextPlan.isContinuous())) {
            throw new InvalidInputException("nextPlan",
                    "the plan of the next term (LIGHT, STANDARD or ADVANCED) is required to renew");
        }
        contracts.decideTerm(term.id(), decision, decision == RenewalDecision.RENEW ? nextPlan : null,
                approachFits, note, decidedBy, clock.instant());
        return decision == RenewalDecision.RENEW;
    }

    /** A renewed contract continues into its next 6-month term, switching plan if the decision changed it. */
    Term startNextTerm(String caseNumber) {
        Contract contract = contract(caseNumber);
        Term previous = currentTerm(caseNumber);
        LocalDate startsOn = previous.nextStart();
        contracts.insertTerm(contract.id(), previous.seq() + 1, TermKind.RENEWAL, startsOn,
                startsOn.plus(properties.renewalTerm()).minusDays(1));
        if (previous.nextPlan() != null && previous.nextPlan() != planOn(contract, previous.endsOn())) {
            contracts.insertPlanPeriod(contract.id(), previous.nextPlan(), startsOn, PlanChangeSource.RENEWAL,
                    clock.instant());
        }
        return currentTerm(caseNumber);
    }

    /** Not renewed: the contract ends with its current term. */
    void recordExpiry(String caseNumber) {
        Contract contract = contract(caseNumber);
        contracts.endContract(contract.id(), currentTerm(caseNumber).endsOn(), ContractEnd.NOT_RENEWED);
    }

    /** 解約・見直しの申し出: recorded now, applied by the process when it takes effect. */
    public Notice giveNotice(String caseNumber, NoticeRequest request, String recordedBy) {
        engagements.get(caseNumber);
        Contract contract = runningContract(caseNumber).orElseThrow(() ->
                new InvalidInputException("caseNumber", caseNumber + " has no running contract"));
        LocalDate today = today();
        LocalDate effectiveOn = request.noticeDate().plus(properties.noticePeriod());
        List<FieldProblem> problems = new ArrayList<>();
        if (request.noticeDate().isBefore(today)) {
            problems.add(new FieldProblem("noticeDate", "must not be in the past (today is " + today + ")"));
        }
        if (request.noticeDate().isAfter(today.plusYears(1))) {
            problems.add(new FieldProblem("noticeDate", "must be within a year from today"));
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
        if (request.kind() == NoticeKind.CANCELLATION && contracts.findNotices(contract.id()).stream()
                .anyMatch(n -> n.kind() == NoticeKind.CANCELLATION && n.appliedAt() == null)) {
            problems.add(new FieldProblem("kind", "a cancellation notice is already pending for " + caseNumber));
        }
        reject(problems);
        long noticeId = contracts.insertNotice(contract.id(), request.kind(), request.party(), request.noticeDate(),
                effectiveOn, request.reason(), request.newPlan(), recordedBy, clock.instant());
        runtime.createMessageCorrelation(EngagementProcess.MESSAGE_NOTICE)
                .processInstanceBusinessKey(caseNumber)
                .setVariablesLocal(Map.of("noticeId", noticeId, "noticeKind", request.kind().name()))
                .correlate();
        return notice(noticeId);
    }

    /** A revision takes effect: the new plan is in force from the effective date. */
    void applyRevision(long noticeId) {
        Notice notice = notice(noticeId);
        contracts.insertPlanPeriod(notice.contractId(), notice.newPlan(), notice.effectiveOn(),
                PlanChangeSource.REVISION, clock.instant());
        contracts.markApplied(noticeId, clock.instant());
    }

    /** A cancellation takes effect: the contract's last day is the day before the effective date. */
    void applyCancellation(long noticeId) {
        Notice notice = notice(noticeId);
        contracts.endContract(notice.contractId(), notice.effectiveOn().minusDays(1), ContractEnd.CANCELLED);
        contracts.markApplied(noticeId, clock.instant());
    }

    @Transactional(readOnly = true)
    public Optional<Contract> findContract(String caseNumber) {
        return contracts.findContract(caseNumber);
    }

    @Transactional(readOnly = true)
    public Optional<Contract> runningContract(String caseNumber) {
        return contracts.findContract(caseNumber).filter(Contract::isRunning);
    }

    /** The plan in force on a date, if the case had a contract that day. */
    @Transactional(readOnly = true)
    public Optional<Plan> planOn(String caseNumber, LocalDate date) {
        return contracts.findContract(caseNumber)
                .filter(contract -> contract.covers(date))
                .map(contract -> planOn(contract, date));
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
        return contracts.findContract(caseNumber).map(c -> contracts.findNotices(c.id())).orElse(List.of());
    }

    @Transactional(readOnly = true)
    public Term currentTerm(String caseNumber) {
        return terms(caseNumber).stream().max(Comparator.comparingInt(Term::seq))
                .orElseThrow(() -> new IllegalStateException(caseNumber + " has no contract term"));
    }

    @Transactional(readOnly = true)
    public Notice notice(long noticeId) {
        return contracts.findNotice(noticeId)
                .orElseThrow(() -> new IllegalStateException("No notice " + noticeId));
    }

    private Plan planOn(Contract contract, LocalDate date) {
        return contracts.findPlanPeriods(contract.id()).stream()
                .filter(period -> !period.effectiveFrom().isAfter(date))
                .reduce((earlier, later) -> later)
                .orElseGet(() -> contracts.findPlanPeriods(contract.id()).get(0))
                .plan();
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

    private static void reject(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
