package jp.bansou.contract;

import jp.bansou.engagement.EngagementProcess;
import jp.bansou.plan.Plan;
import jp.bansou.platform.FormValues;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The contract steps of {@code engagement.bpmn}: thin adapters from the process to {@link ContractService}. */
@Configuration(proxyBeanMethods = false)
class ContractProcessAdapters {

    static final String TERM_KIND = "termKind";
    static final String RENEW = "renew";
    static final String NOTICE_ID = "noticeId";
    static final String CONFUSION_POINTS_IN_WORDS = "confusionPointsInWords";
    static final String WHAT_TO_DECIDE_CLEAR = "whatToDecideClear";
    static final String FEWER_STALLS = "fewerStalls";

    /** 契約締結 (Sign contract). */
    @Bean
    TaskListener signContract(ContractService contracts) {
        return task -> {
            FormValues form = FormValues.of(task);
            String consultant = form.text("consultant");
            contracts.sign(form.caseNumber(), form.choice("plan", Plan.class), form.date("startDate"), consultant,
                    form.actor());
            form.discard("plan", "startDate");
            form.set(EngagementProcess.CONSULTANT, consultant);
            form.set(TERM_KIND, TermKind.TRIAL.name());
        };
    }

    /** 試行期間レビュー, 契約更新判断 and the managers' 契約更新判断 show the notices pending when they open. */
    @Bean
    TaskListener showPendingNotices(PendingNoticesField field) {
        return task -> field.show(task, (String) task.getVariable(EngagementProcess.CASE_NUMBER));
    }

    /** 試行期間レビュー, 契約更新判断 and the managers' 契約更新判断. */
    @Bean
    TaskListener recordRenewalDecision(ContractService contracts) {
        return task -> {
            FormValues form = FormValues.of(task);
            String actor = form.actor();
            TrialSignals signals = EngagementProcess.TASK_TRIAL_REVIEW.equals(task.getTaskDefinitionKey())
                    ? new TrialSignals(form.flag(CONFUSION_POINTS_IN_WORDS), form.flag(WHAT_TO_DECIDE_CLEAR),
                            form.flag(FEWER_STALLS), actor, null)
                    : null;
            boolean renew = contracts.decideRenewal(form.caseNumber(),
                    form.choice("decision", RenewalDecision.class),
                    form.optionalChoice("nextPlan", Plan.class).orElse(null),
                    form.optionalText("approachFits").map("YES"::equals).orElse(null),
                    form.text("decisionNote"),
                    actor,
                    signals);
            form.discard("decision", "nextPlan", "approachFits", "decisionNote", CONFUSION_POINTS_IN_WORDS,
                    WHAT_TO_DECIDE_CLEAR, FEWER_STALLS, PendingNoticesField.VARIABLE);
            form.set(RENEW, renew);
        };
    }

    /** 契約の一時停止 (Pause the contract): the term ended with the managers' decision still open. */
    @Bean
    JavaDelegate pauseUndecidedContract(ContractService contracts) {
        return execution -> contracts.pauseUndecided((String) execution.getVariable(EngagementProcess.CASE_NUMBER));
    }

    /** 次の契約期間開始 (Start the next term). */
    @Bean
    JavaDelegate startNextTerm(ContractService contracts) {
        return execution -> {
            contracts.startNextTerm((String) execution.getVariable(EngagementProcess.CASE_NUMBER));
            execution.setVariable(TERM_KIND, TermKind.RENEWAL.name());
            execution.removeVariable(RENEW);
        };
    }

    /** 契約満了の記録 (Record the contract's expiry). */
    @Bean
    JavaDelegate recordExpiry(ContractService contracts) {
        return execution -> contracts.recordExpiry((String) execution.getVariable(EngagementProcess.CASE_NUMBER));
    }

    /** 解約の発効 (Cancellation takes effect). */
    @Bean
    JavaDelegate applyCancellation(ContractService contracts) {
        return execution -> contracts.applyCancellation(((Number) execution.getVariable(NOTICE_ID)).longValue());
    }

    /** プラン変更 (Switch plan). */
    @Bean
    JavaDelegate applyRevision(ContractService contracts) {
        return execution -> contracts.applyRevision(((Number) execution.getVariable(NOTICE_ID)).longValue());
    }
}
