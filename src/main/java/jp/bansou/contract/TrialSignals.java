package jp.bansou.contract;

import java.time.Instant;

/**
 * The signals of the "about three months" check, asked in the trial review: 混乱ポイントが言語化された
 * (Confusion points put into words), 何を決めるべきかが明確になった (What to decide is clear),
 * 同じところで立ち止まることが減った (Fewer stalls at the same place).
 */
public record TrialSignals(
        boolean confusionPointsInWords,
        boolean whatToDecideClear,
        boolean fewerStalls,
        String recordedBy,
        Instant recordedAt) {
}
