package jp.bansou.engagement;

import java.time.Instant;

/** A client case from inquiry to close, identified by its case number ({@code C-YYYY-NNNN}). */
public record Engagement(
        String caseNumber,
        String organisation,
        String contactName,
        String contactEmail,
        int employeeCount,
        String message,
        Pace preferredPace,
        Instant receivedAt,
        String consultant,
        Outcome outcome,
        String outcomeNote,
        Instant closedAt) {

    public boolean isClosed() {
        return closedAt != null;
    }
}
