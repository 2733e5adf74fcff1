package jp.bansou.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import jp.bansou.platform.BusinessTime;

import org.springframework.stereotype.Component;

/**
 * The contract's calendar. Terms are counted from the contract's start, never from the previous term's end,
 * so a contract started on the 29th to 31st does not drift towards the beginning of the month: term k ends the
 * day before start + trial + renewal·(k−1) (start 2026-11-30: trial to 2027-02-27, first renewal to 2027-08-29).
 */
@Component
class ContractSchedule {

    private final ContractProperties properties;

    public ContractSchedule(ContractProperties properties) {
        this.properties = properties;
    }

    /** The first day of term {@code seq} (1 = the trial). */
    public LocalDate termStartsOn(LocalDate contractStart, int seq) {
        return seq == 1 ? contractStart : termEndsOn(contractStart, seq - 1).plusDays(1);
    }

    /** The last day of term {@code seq} (1 = the trial). */
    public LocalDate termEndsOn(LocalDate contractStart, int seq) {
        if (seq < 1) {
            throw new IllegalArgumentException("Terms are counted from 1: " + seq);
        }
        // one addition of the whole span: adding the trial, then each renewal, would clamp at every short month
        return contractStart.plus(properties.trialTerm().plus(properties.renewalTerm().multipliedBy(seq - 1)))
                .minusDays(1);
    }

    /** The renewal decision (or trial review) opens a lead time before the term ends. */
    public Instant renewalReviewAt(Term term) {
        return at(term.nextStart().minus(properties.renewalReviewLead()), properties.taskOpeningTime());
    }

    /** Undecided by then, the renewal decision goes to the managers. */
    public Instant renewalEscalationAt(Term term) {
        return at(term.nextStart().minus(properties.renewalEscalationBeforeEnd()), properties.taskOpeningTime());
    }

    /** A term ends at midnight (Tokyo) after its last day. */
    public Instant termEndsAt(Term term) {
        return at(term.nextStart(), LocalTime.MIDNIGHT);
    }

    /** A notice takes effect at midnight (Tokyo) on its effective date. */
    public Instant noticeEffectiveAt(Notice notice) {
        return at(notice.effectiveOn(), LocalTime.MIDNIGHT);
    }

    /** The earliest effective date of a notice given on {@code noticeDate}. */
    public LocalDate earliestEffectiveOn(LocalDate noticeDate) {
        return noticeDate.plus(properties.noticePeriod());
    }

    private static Instant at(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(BusinessTime.ZONE).toInstant();
    }
}
