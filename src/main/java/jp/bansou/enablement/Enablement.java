package jp.bansou.enablement;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Where a case stands in the enablement flow. {@code completedAt}: the Self-propelled gate was passed;
 * {@code endedAt}: the flow's process instance ended, because the contract did. {@code version} guards against two
 * commands changing the flow at once (null until it is first saved).
 */
@Table("enablement")
record Enablement(
        @Id String caseNumber,
        Stage stage,
        Instant startedAt,
        Instant stageEnteredAt,
        Instant completedAt,
        Instant endedAt,
        @Version Long version) {

    static Enablement started(String caseNumber, Instant at) {
        return new Enablement(caseNumber, Stage.DIALOGUE, at, at, null, null, null);
    }

    Enablement entering(Stage next, Instant at) {
        return new Enablement(caseNumber, next, startedAt, at, completedAt, endedAt, version);
    }

    Enablement completed(Instant at) {
        return new Enablement(caseNumber, stage, startedAt, stageEnteredAt, at, endedAt, version);
    }

    Enablement ended(Instant at) {
        return new Enablement(caseNumber, stage, startedAt, stageEnteredAt, completedAt, at, version);
    }
}
