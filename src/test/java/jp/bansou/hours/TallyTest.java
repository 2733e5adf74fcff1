package jp.bansou.hours;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jp.bansou.plan.Plan;

import org.junit.jupiter.api.Test;

/** Where entries count: used, pending, approved over the cap, declined; reversals cancel their original. */
class TallyTest {

    static long ids = 1;

    static TimeEntry entry(int minutes, TimeEntryStatus status, boolean scheduled, Long reverses) {
        return new TimeEntry(ids++, "C-2026-0001", "consultant", LocalDate.of(2026, 12, 1), minutes,
                TimeEntryCategory.MEETING, scheduled, null, Plan.STANDARD, status, reverses, null, "consultant",
                Instant.EPOCH, null, null, null, null);
    }

    @Test
    void usedCountsBookedAndApprovedOverCapMinutes() {
        Tally tally = Tally.of(List.of(
                entry(600, TimeEntryStatus.BOOKED, false, null),
                entry(90, TimeEntryStatus.APPROVED_OVER_CAP, false, null),
                entry(45, TimeEntryStatus.PENDING_APPROVAL, false, null),
                entry(30, TimeEntryStatus.DECLINED, false, null)));

        assertThat(tally).isEqualTo(new Tally(690, 45, 90, 30, 0));
    }

    @Test
    void aReversalCancelsItsOriginalWhereverItCounts() {
        Tally tally = Tally.of(List.of(
                entry(60, TimeEntryStatus.BOOKED, true, null),
                entry(-60, TimeEntryStatus.BOOKED, true, 1L),
                entry(120, TimeEntryStatus.APPROVED_OVER_CAP, false, null),
                entry(-120, TimeEntryStatus.APPROVED_OVER_CAP, false, 3L),
                entry(30, TimeEntryStatus.DECLINED, true, null),
                entry(-30, TimeEntryStatus.DECLINED, true, 5L)));

        assertThat(tally).isEqualTo(new Tally(0, 0, 0, 0, 0));
    }

    @Test
    void scheduledMeetingsHeldCountEntriesNotMinutes() {
        Tally tally = Tally.of(List.of(
                entry(60, TimeEntryStatus.BOOKED, true, null),
                entry(90, TimeEntryStatus.BOOKED, true, null),
                entry(30, TimeEntryStatus.BOOKED, false, null)));

        assertThat(tally.scheduledMeetingsHeld()).isEqualTo(2);
    }

    @Test
    void anEntryFitsUpToTheCapInclusive() {
        assertThat(Tally.fits(1380, 60, 1440)).isTrue();
        assertThat(Tally.fits(1381, 60, 1440)).isFalse();
        assertThat(Tally.fits(0, 1, 0)).isFalse();
    }

    @Test
    void percentHasOneDecimalAndNoneWithoutACap() {
        assertThat(Tally.percent(90, 1440)).isEqualByComparingTo(new BigDecimal("6.3"));
        assertThat(Tally.percent(1500, 1440)).isEqualByComparingTo(new BigDecimal("104.2"));
        assertThat(Tally.percent(0, 0)).isNull();
    }

    @Test
    void theWarningThresholdIsReachedAtExactlyItsShare() {
        assertThat(Tally.reached(1151, 1440, 80)).isFalse();
        assertThat(Tally.reached(1152, 1440, 80)).isTrue();
        assertThat(Tally.reached(0, 0, 80)).isFalse();
    }
}
