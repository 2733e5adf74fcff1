package jp.bansou.board;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** The managers' board: one row per open case, and the figures of its charts. */
record Board(
        Instant asOf,
        LocalDate today,
        YearMonth month,
        int warningThresholdPercent,
        int openCases,
        List<BoardRow> cases,
        List<SlaMonth> slaByMonth,
        List<StageCount> casesByStage,
        List<ConsultantEscalations> escalationsByConsultant) {

    /**
     * Reply SLA over every case for the consultations received in a month: closed months from their monthly close,
     * the open month as it stands. {@code compliancePercent}: replied in time of those received, null when none.
     */
    public record SlaMonth(YearMonth month, boolean closed, int consultations, int repliedInTime, int breached,
            int open, BigDecimal compliancePercent) {
    }

    public record StageCount(String stage, String label, int cases) {
    }

    /** Escalations recorded in the last 12 months, for the consultant who owed the reply. */
    public record ConsultantEscalations(String consultant, String consultantName, int open, int handled) {
    }
}
