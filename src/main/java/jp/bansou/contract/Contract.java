package jp.bansou.contract;

import java.time.Instant;
import java.time.LocalDate;

/** The quasi-mandate (準委任) contract of a case; {@code endedOn} is its last day once it has ended. */
public record Contract(
        long id,
        String caseNumber,
        LocalDate startsOn,
        String consultant,
        String signedBy,
        Instant signedAt,
        LocalDate endedOn,
        ContractEnd endReason) {

    public boolean isRunning() {
        return endedOn == null;
    }

    /** Whether the contract covers the date: from its start to its last day, or open-ended while it runs. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(startsOn) && (endedOn == null || !date.isAfter(endedOn));
    }
}
