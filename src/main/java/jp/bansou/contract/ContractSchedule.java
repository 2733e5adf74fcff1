package jp.bansou.contract;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;

import jp.bansou.platform.BusinessTime;

import org.springframework.stereotype.Component;

/**
 * When the contract's timers fire, read from the contract's own tables (the process holds only the case
 * number). Each expression is evaluated once, when its timer is created.
 */
@Component("contractSchedule")
public class ContractSchedule {

    private final ContractService contracts;
    private final ContractProperties properties;

    ContractSchedule(ContractService contracts, ContractProperties properties) {
        this.contracts = contracts;
        this.properties = properties;
    }

    /** The renewal decision (or trial review) opens a lead time before the current term ends. */
    public Date renewalReviewAt(String caseNumber) {
        return at(contracts.currentTerm(caseNumber).nextStart().minus(properties.renewalReviewLead()),
                properties.taskOpeningTime());
    }

    /** Undecided by then, the renewal decision goes to the managers. */
    public Date renewalEscalationAt(String caseNumber) {
        return at(contracts.currentTerm(caseNumber).nextStart().minus(properties.renewalEscalationBeforeEnd()),
                properties.taskOpeningTime());
    }

    /** The current term ends at midnight (Tokyo) after its last day. */
    public Date termEndsAt(String caseNumber) {
        return at(contracts.currentTerm(caseNumber).nextStart(), LocalTime.MIDNIGHT);
    }

    /** A notice takes effect at midnight (Tokyo) on its effective date. */
    public Date noticeEffectiveAt(long noticeId) {
        return at(contracts.notice(noticeId).effectiveOn(), LocalTime.MIDNIGHT);
    }

    private static Date at(LocalDate date, LocalTime time) {
        return Date.from(date.atTime(time).atZone(BusinessTime.ZONE).toInstant());
    }
}
