package jp.bansou.tasklist;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jp.bansou.contract.Contract;
import jp.bansou.contract.ContractService;
import jp.bansou.contract.Term;
import jp.bansou.contract.TermKind;
import jp.bansou.engagement.Engagement;
import jp.bansou.engagement.EngagementService;
import jp.bansou.plan.Plan;
import jp.bansou.platform.BusinessTime;
import jp.bansou.platform.NotFoundException;
import jp.bansou.security.UserNames;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The header every task form of a case shows (the text component {@link #FORM_COMPONENT_ID} of the form): the
 * plan in force today, the contract term with its end, the case's consultant.
 */
@Component
@Order(1)
class CaseHeaderFacts implements TaskFacts {

    static final String FORM_COMPONENT_ID = "Text_CaseHeader";
    static final String PLAN = "caseHeaderPlan";
    static final String TERM = "caseHeaderTerm";
    static final String TERM_END = "caseHeaderTermEnd";
    static final String CONSULTANT = "caseHeaderConsultant";
    /** The text of {@link #FORM_COMPONENT_ID}, the same in every case form (CaseHeaderFormsTest checks it). */
    static final String FORM_TEXT = "{{#if caseHeaderPlan}}"
            + "**{{caseNumber}} {{organisation}}** — プラン (Plan): **{{caseHeaderPlan}}** · "
            + "契約期間 (Term): {{caseHeaderTerm}} · 終了 (Ends): **{{caseHeaderTermEnd}}** · "
            + "担当 (Consultant): {{caseHeaderConsultant}}{{/if}}";

    private final EngagementService engagements;
    private final ContractService contracts;
    private final UserNames names;
    private final Clock clock;

    CaseHeaderFacts(EngagementService engagements, ContractService contracts, UserNames names, Clock clock) {
        this.engagements = engagements;
        this.contracts = contracts;
        this.names = names;
        this.clock = clock;
    }

    @Override
    public Map<String, String> of(DelegateTask task) {
        if (!(task.getVariable(CaseVariables.CASE_NUMBER) instanceof String caseNumber) || caseNumber.isBlank()) {
            return Map.of();
        }
        Optional<Engagement> engagement = engagement(caseNumber);
        if (engagement.isEmpty()) {
            return Map.of();
        }
        return header(engagement.get(), LocalDate.now(clock.withZone(BusinessTime.ZONE)));
    }

    Map<String, String> header(Engagement engagement, LocalDate today) {
        Map<String, String> facts = new LinkedHashMap<>();
        Optional<Contract> contract = contracts.findContract(engagement.caseNumber());
        if (contract.isEmpty()) {
            facts.put(PLAN, "契約前 (No contract yet)");
            facts.put(TERM, "—");
            facts.put(TERM_END, "—");
        } else {
            facts.put(PLAN, contracts.planOn(engagement.caseNumber(), today).map(Plan::label)
                    .orElse("契約期間外 (Outside the contract)"));
            Term term = contracts.currentTerm(engagement.caseNumber());
            facts.put(TERM, (term.kind() == TermKind.TRIAL ? "試行期間 (Trial)" : "更新 " + (term.seq() - 1)
                    + " (Renewal " + (term.seq() - 1) + ")") + " " + Shown.date(term.startsOn()) + "–"
                    + Shown.date(term.endsOn()));
            facts.put(TERM_END, termEnd(contract.get(), term, today));
        }
        facts.put(CONSULTANT, consultant(engagement.consultant()));
        return facts;
    }

    private static String termEnd(Contract contract, Term term, LocalDate today) {
        if (!contract.isRunning()) {
            return Shown.date(contract.endedOn()) + " 契約終了 (Contract ended)";
        }
        if (contract.isPaused()) {
            return Shown.date(contract.pausedAfter()) + " 更新未決定で停止中 (Paused: renewal undecided)";
        }
        long days = ChronoUnit.DAYS.between(today, term.endsOn());
        return Shown.date(term.endsOn()) + (days >= 0 ? "（あと" + days + "日 (" + days + " days left)）" : "");
    }

    private String consultant(String userId) {
        return userId == null ? "未定 (Not assigned)" : names.shown(userId);
    }

    private Optional<Engagement> engagement(String caseNumber) {
        try {
            return Optional.of(engagements.get(caseNumber));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }
}
