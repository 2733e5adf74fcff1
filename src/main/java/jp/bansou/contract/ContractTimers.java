package jp.bansou.contract;

import java.util.Date;

import org.springframework.stereotype.Component;

/**
 * The due dates of the contract's timers in {@code engagement.bpmn}, read from the contract's own tables (the
 * process holds only the case number and the notice's id). Each expression is evaluated once, when its timer
 * is created.
 */
@Component("contractTimers")
public class ContractTimers {

    private final ContractService contracts;
    private final ContractSchedule schedule;

    ContractTimers(ContractService contracts, ContractSchedule schedule) {
        this.contracts = contracts;
        this.schedule = schedule;
    }

    public Date renewalReviewAt(String caseNumber) {
        return Date.from(schedule.renewalReviewAt(contracts.currentTerm(caseNumber)));
    }

    public Date renewalEscalationAt(String caseNumber) {
        return Date.from(schedule.renewalEscalationAt(contracts.currentTerm(caseNumber)));
    }

    /** The current term's end; already past when a decision comes after it, so the timer fires at once. */
    public Date termEndsAt(String caseNumber) {
        return Date.from(schedule.termEndsAt(contracts.currentTerm(caseNumber)));
    }

    public Date noticeEffectiveAt(long noticeId) {
        return Date.from(schedule.noticeEffectiveAt(contracts.notice(noticeId)));
    }
}
