package jp.bansou.hours;

import jp.bansou.contract.TrialSignals;

/** A trial review recorded in the month of a report, with the three signals of the "about three months" check. */
public record TrialReviewSignals(String caseNumber, TrialSignals signals) {
}
