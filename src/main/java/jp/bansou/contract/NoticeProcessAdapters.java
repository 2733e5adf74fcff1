package jp.bansou.contract;

import java.util.List;

import jp.bansou.plan.Plan;
import jp.bansou.platform.FormValues;
import jp.bansou.platform.InvalidInputException;
import jp.bansou.platform.InvalidInputException.FieldProblem;
import jp.bansou.security.CaseAccess;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The step of {@code give-notice.bpmn}: Tasklist's 解約・見直しの申し出 (Give a notice). */
@Configuration(proxyBeanMethods = false)
class NoticeProcessAdapters {

    static final List<String> FIELDS = List.of("kind", "party", "noticeDate", "effectiveOn", "newPlan", "reason");
    static final int MAX_REASON = 2000;

    /**
     * 申し出の記録 (Record the notice), as {@code POST /api/engagements/{caseNumber}/notices}: the starter works on
     * the case; the contract's rules decide the rest. The contract then signals the case's engagement, which a
     * consultant may read but not change: that is the service's work, done once the starter may give the notice.
     */
    @Bean
    JavaDelegate recordNoticeFromTasklist(ContractService contracts, CaseAccess access) {
        return execution -> {
            FormValues form = FormValues.of(execution);
            String caseNumber = form.text("caseNumber");
            String user = form.optionalText("initiator").orElse(null);
            access.requireEngineUserWorksOn(caseNumber, user);
            NoticeRequest request = request(form);
            Notice notice = Context.getCommandContext().runWithoutAuthorization(
                    () -> contracts.giveNotice(caseNumber, request, user));
            execution.setProcessBusinessKey(caseNumber);
            form.discard(FIELDS);
            form.set(GiveNoticeProcess.NOTICE_ID, notice.id());
        };
    }

    /** What the API's bean validation checks, with the same field names. */
    private static NoticeRequest request(FormValues form) {
        List<FieldProblem> problems = new java.util.ArrayList<>();
        NoticeKind kind = read(problems, () -> form.choice("kind", NoticeKind.class));
        Party party = read(problems, () -> form.choice("party", Party.class));
        var noticeDate = read(problems, () -> form.date("noticeDate"));
        var effectiveOn = read(problems, () -> form.optionalDate("effectiveOn").orElse(null));
        Plan newPlan = read(problems, () -> form.optionalChoice("newPlan", Plan.class).orElse(null));
        String reason = read(problems, () -> form.text("reason"));
        if (reason != null && reason.length() > MAX_REASON) {
            problems.add(new FieldProblem("reason", "must have at most " + MAX_REASON + " characters"));
        }
        InvalidInputException.reject(problems);
        return new NoticeRequest(kind, party, noticeDate, reason, newPlan, effectiveOn);
    }

    private static <T> T read(List<FieldProblem> problems, java.util.function.Supplier<T> value) {
        try {
            return value.get();
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            return null;
        }
    }
}
