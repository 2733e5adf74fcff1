package jp.bansou.enablement;

import java.time.Instant;

/**
 * Where a case stands in the enablement flow. {@code completedAt}: the Self-propelled gate was passed;
 * {@code endedAt}: the flow's process instance ended, because the contract did.
 */
record Enablement(
        String caseNumber,
        Stage stage,
        Instant startedAt,
        Instant stageEnteredAt,
        Instant completedAt,
        Instant endedAt) {
}
