package jp.bansou.enablement;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A meeting recorded for a case: one of the plan's scheduled meetings, or a client meeting attended in Buy-in. */
@Table("enablement_meeting")
record Meeting(
        @Id long id,
        String caseNumber,
        Stage stage,
        boolean scheduled,
        LocalDate plannedOn,
        boolean held,
        LocalDate heldOn,
        Integer minutes,
        String title,
        String notes,
        boolean endedInDecision,
        String decision,
        /* the hour ledger's entry of a scheduled meeting held */
        Long timeEntryId,
        String recordedBy,
        Instant recordedAt) {
}
