package jp.bansou.engagement;

import static jp.bansou.platform.InvalidInputException.reject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import jp.bansou.plan.Plan;
import jp.bansou.platform.InvalidInputException;
import jp.bansou.platform.InvalidInputException.FieldProblem;
import jp.bansou.platform.NotFoundException;

import jp.bansou.security.Groups;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Intake, hearing, proposal, spot sessions and closing of a case: everything before and after the contract. */
@Service
@Transactional
public class EngagementService {

    static final int MAX_SPOT_HOURS = 40;
    static final int MAX_SPOT_BUDGET_YEN = 100_000_000;
    static final int MAX_SESSION_MINUTES = 24 * 60;

    private final EngagementRepository engagements;
    private final CaseRecords records;
    private final CaseNumbers caseNumbers;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final ApplicationEventPublisher events;
    private final Validator validator;
    private final InquiryAnnouncements announcements;
    private final Clock clock;
    private final TransactionTemplate transaction;

    EngagementService(EngagementRepository engagements, CaseRecords records, CaseNumbers caseNumbers,
            RuntimeService runtime, IdentityService identity, ApplicationEventPublisher events, Validator validator,
            InquiryAnnouncements announcements, Clock clock, PlatformTransactionManager transactions) {
        this.engagements = engagements;
        this.records = records;
        this.caseNumbers = caseNumbers;
        this.runtime = runtime;
        this.identity = identity;
        this.events = events;
        this.validator = validator;
        this.announcements = announcements;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Registers the case of an inquiry and starts its process at the hearing, in one transaction; returns its case
     * number. The process starts with the case number only, so the inquiry is written once, to the case's table,
     * and never to the engine's variables and their history. Nothing is written if the inquiry is invalid.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED) // the year's case numbers first, see CaseNumbers.prepare
    public String receiveInquiry(Inquiry inquiry) {
        caseNumbers.prepare();
        return transaction.execute(status -> {
            String caseNumber = register(inquiry);
            runtime.createProcessInstanceByKey(EngagementProcess.PROCESS_ID).businessKey(caseNumber)
                    .setVariable(EngagementProcess.CASE_NUMBER, caseNumber)
                    .startBeforeActivity(EngagementProcess.TASK_HEARING).execute();
            return caseNumber;
        });
    }

    /**
     * Registers the case of an inquiry, from the API (before its process starts) or from Tasklist's start form (as
     * the process's first step); the consultants are told, the prospect is thanked with the case number.
     */
    String register(Inquiry inquiry) {
        validate(inquiry);
        String caseNumber = caseNumbers.next();
        engagements.insert(caseNumber, inquiry, clock.instant());
        announcements.announce(caseNumber, inquiry);
        return caseNumber;
    }

    @Transactional(readOnly = true)
    public Engagement get(String caseNumber) {
        return engagements.find(caseNumber)
                .orElseThrow(() -> new NotFoundException("No case " + caseNumber));
    }

    @Transactional(readOnly = true)
    public List<Engagement> all() {
        return engagements.findAll();
    }

    void recordHearing(String caseNumber, Hearing hearing, String heardBy) {
        get(caseNumber);
        records.add(caseNumber, hearing, heardBy, clock.instant());
        assignConsultant(caseNumber, heardBy);
    }

    /** The consultant who now owns the case; access rights, open tasks and the contract follow. */
    public void assignConsultant(String caseNumber, String consultant) {
        String previous = get(caseNumber).consultant();
        if (consultant.equals(previous)) {
            return;
        }
        if (!isConsultant(consultant)) {
            throw new InvalidInputException("consultant", "'" + consultant + "' is not a user of the group consultants");
        }
        engagements.assignConsultant(caseNumber, consultant);
        events.publishEvent(new ConsultantAssigned(caseNumber, previous, consultant));
    }

    public boolean isConsultant(String userId) {
        return userId != null
                && identity.createUserQuery().userId(userId).memberOfGroup(Groups.CONSULTANTS).count() == 1;
    }

    void recordProposal(String caseNumber, PlanProposal proposal, String proposedBy) {
        List<FieldProblem> problems = new ArrayList<>();
        if (proposal.overridesRecommendation()
                && (proposal.overrideReason() == null || proposal.overrideReason().isBlank())) {
            problems.add(new FieldProblem("overrideReason",
                    "is required when the proposed plan differs from the recommended " + proposal.recommendedPlan()));
        }
        if (proposal.proposedPlan() == Plan.SPOT
                && (proposal.spotHours() == null || proposal.spotHours() < 1 || proposal.spotHours() > MAX_SPOT_HOURS)) {
            problems.add(new FieldProblem("spotHours",
                    "the hours agreed for a spot engagement are required, 1 to " + MAX_SPOT_HOURS));
        }
        if (proposal.proposedPlan() == Plan.SPOT && (proposal.spotBudgetYen() == null || proposal.spotBudgetYen() < 1
                || proposal.spotBudgetYen() > MAX_SPOT_BUDGET_YEN)) {
            problems.add(new FieldProblem("spotBudgetYen",
                    "the spot's budget in yen excluding tax (税別) is required, a whole number from 1 to "
                            + MAX_SPOT_BUDGET_YEN));
        }
        reject(problems);
        PlanProposal kept = proposal.proposedPlan() == Plan.SPOT
                ? proposal : new PlanProposal(proposal.recommendedPlan(), proposal.proposedPlan(),
                        proposal.overrideReason(), null, null);
        engagements.insertProposal(caseNumber, kept, proposedBy, clock.instant());
    }

    /** The proposal of the case, with the client's answer once given. */
    @Transactional(readOnly = true)
    public Optional<PlanProposal> proposal(String caseNumber) {
        return engagements.findProposal(caseNumber);
    }

    /**
     * 別プロジェクト提案 (Separate project proposal). For a request that was out of scope as a whole, the proposal
     * is also the note the case is closed with.
     */
    void recordSeparateProject(String caseNumber, String scopeSummary, String proposal, boolean split,
            String proposedBy) {
        get(caseNumber);
        engagements.insertSeparateProject(caseNumber,
                new SeparateProjectProposal(scopeSummary, proposal, split, proposedBy, clock.instant()));
        if (!split) {
            engagements.noteOutcome(caseNumber, proposal);
        }
    }

    @Transactional(readOnly = true)
    public Optional<SeparateProjectProposal> separateProject(String caseNumber) {
        return engagements.findSeparateProject(caseNumber);
    }

    void recordClientAnswer(String caseNumber, ClientAnswer answer, String note) {
        engagements.recordClientAnswer(caseNumber, answer, note, clock.instant());
    }

    void recordSpotSession(String caseNumber, SpotSession session, String consultant) {
        List<FieldProblem> problems = new ArrayList<>();
        if (session.minutes() < 1 || session.minutes() > MAX_SESSION_MINUTES) {
            problems.add(new FieldProblem("minutes", "must be between 1 and " + MAX_SESSION_MINUTES));
        }
        if (session.heldOn().isAfter(LocalDate.now(clock))) {
            problems.add(new FieldProblem("heldOn", "must not be in the future"));
        }
        reject(problems);
        records.add(caseNumber, session, consultant, clock.instant());
        events.publishEvent(new SpotSessionHeld(caseNumber, consultant, session.heldOn(), session.minutes(),
                session.notes()));
    }

    @Transactional(readOnly = true)
    public List<SpotSession> spotSessions(String caseNumber) {
        return records.spotSessions(caseNumber);
    }

    /** The hours agreed for the case's spot engagement, once the client has accepted the spot proposal. */
    @Transactional(readOnly = true)
    public Optional<Integer> acceptedSpotHours(String caseNumber) {
        return engagements.findAcceptedSpotHours(caseNumber);
    }

    void recordSpotWrapUp(String caseNumber, SpotWrapUp wrapUp, String consultant) {
        if (wrapUp.continuesAsContract() && (wrapUp.proposedPlan() == null || !wrapUp.proposedPlan().isContinuous())) {
            throw new InvalidInputException("proposedPlan",
                    "a continuous plan (LIGHT, STANDARD or ADVANCED) is required to continue under contract");
        }
        records.add(caseNumber, wrapUp, consultant, clock.instant());
    }

    void recordClosingReport(String caseNumber, ClosingReport report, String consultant) {
        records.add(caseNumber, report, consultant, clock.instant());
    }

    void noteOutcome(String caseNumber, String note) {
        engagements.noteOutcome(caseNumber, note);
    }

    /** Called by the process's end events. */
    public void close(String caseNumber, Outcome outcome) {
        engagements.close(caseNumber, outcome, clock.instant());
    }

    private void validate(Inquiry inquiry) {
        Set<ConstraintViolation<Inquiry>> violations = validator.validate(inquiry);
        reject(violations.stream()
                .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList());
    }

    /** The variables Tasklist's start form starts the process with: the inquiry, until the case is registered. */
    static final class InquiryVariables {

        static final List<String> NAMES = List.of(
                "organisation", "contactName", "contactEmail", "employeeCount", "message", "preferredPace");

        private InquiryVariables() {
        }
    }
}
