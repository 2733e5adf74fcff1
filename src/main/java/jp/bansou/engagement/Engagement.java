package jp.bansou.engagement;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A client case from inquiry to close, identified by its case number ({@code C-YYYY-NNNN}). */
public record Engagement(
        String caseNumber,
        String organisation,
        String contactName,
        String contactEmail,
        int employeeCount,
        String message,
        @Nullable Pace preferredPace,
        Instant receivedAt,
        @Nullable String consultant,
        @Nullable Outcome outcome,
        @Nullable String outcomeNote,
        @Nullable Instant closedAt) {

    public boolean isClosed() {
        return closedAt != null;
    }
}
