package jp.bansou.contract;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * The quasi-mandate (準委任) contract of a case; {@code endedOn} is its last day once it has ended.
 * {@code pausedAfter} is the last day of a term that ended while its renewal was still undecided: the days after
 * it are not covered until a manager decides (renewing covers them, ending the contract ends it on that day).
 */
public record Contract(
        long id,
        String caseNumber,
        LocalDate startsOn,
        String consultant,
        String signedBy,
        Instant signedAt,
        @Nullable LocalDate endedOn,
        @Nullable ContractEnd endReason,
        @Nullable LocalDate pausedAfter) {

    public boolean isRunning() {
        return endedOn == null;
    }

    public boolean isPaused() {
        return isRunning() && pausedAfter != null;
    }

    @JsonProperty
    public ContractStatus status() {
        return !isRunning() ? ContractStatus.ENDED : isPaused() ? ContractStatus.PAUSED_UNDECIDED : ContractStatus.RUNNING;
    }

    /** Whether the date lies between the contract's start and its last day (open-ended while it runs). */
    public boolean spans(LocalDate date) {
        return !date.isBefore(startsOn) && (endedOn == null || !date.isAfter(endedOn));
    }

    /** Whether work on the date is covered: within the contract and not in a pause awaiting a renewal decision. */
    public boolean covers(LocalDate date) {
        return spans(date) && !(isPaused() && date.isAfter(pausedAfter));
    }

    /** Why work on a date the contract does not {@linkplain #covers cover} cannot be recorded, as a field message. */
    public String whyNotCovered(LocalDate date) {
        if (date.isBefore(startsOn)) {
            return "must not be before the contract started on " + startsOn;
        }
        if (!spans(date)) {
            return "must not be after the contract ended on " + endedOn;
        }
        if (!covers(date)) {
            return "must not be after " + pausedAfter + ": the term ended then without a renewal decision and the"
                    + " contract is paused (" + ContractStatus.PAUSED_UNDECIDED + ") until a manager decides"
                    + " (契約更新判断 (Renewal decision))";
        }
        return "is covered by the contract";
    }
}
