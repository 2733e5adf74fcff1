package jp.bansou.hours;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A change to a closed month, recorded after its close in the month then open ({@code bookedMonth}); the
 * closed month's snapshot stays as it was. {@code entryId} is the late or reversing entry, or the entry a
 * manager decided; {@code originalEntryId} the entry a reversal reverses. {@code usedMinutes} and
 * {@code pendingMinutes} are what it adds to the closed month's figures (negative to take away).
 */
record PriorPeriodAdjustment(
        long id,
        String caseNumber,
        YearMonth closedMonth,
        YearMonth bookedMonth,
        AdjustmentKind kind,
        long entryId,
        Long originalEntryId,
        LocalDate workDate,
        int minutes,
        int usedMinutes,
        int pendingMinutes,
        String recordedBy,
        Instant recordedAt) {
}
