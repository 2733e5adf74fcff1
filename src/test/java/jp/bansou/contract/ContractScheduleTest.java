package jp.bansou.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Terms are counted from the contract's start: term k ends the day before start + 3 + 6·(k−1) months. */
class ContractScheduleTest {

    final ContractSchedule schedule = new ContractSchedule(new ContractProperties(Period.ofMonths(3),
            Period.ofMonths(6), Period.ofMonths(1), Period.ofMonths(1), Period.ofDays(7), Period.ofDays(31),
            Period.ofDays(7), LocalTime.of(9, 0)));

    @ParameterizedTest(name = "start {0}: trial to {1}, renewals to {2}, {3}, {4}")
    @CsvSource({
            // the example of the brief: the 30th does not drift to the 27th, 26th, …
            "2026-11-30, 2027-02-27, 2027-08-29, 2028-02-28, 2028-08-29",
            // the 31st: each end is the day before the 31st or the month's last day
            "2026-10-31, 2027-01-30, 2027-07-30, 2028-01-30, 2028-07-30",
            "2026-05-31, 2026-08-30, 2027-02-27, 2027-08-30, 2028-02-28",
            // the 29th, through a February of a leap year (2028) and of a common year (2027)
            "2027-05-29, 2027-08-28, 2028-02-28, 2028-08-28, 2029-02-27",
            "2026-11-29, 2027-02-27, 2027-08-28, 2028-02-28, 2028-08-28",
            // starting on a leap day
            "2028-02-29, 2028-05-28, 2028-11-28, 2029-05-28, 2029-11-28",
            // the 30th into February of a leap year
            "2027-11-30, 2028-02-28, 2028-08-29, 2029-02-27, 2029-08-29",
            // the 1st: whole calendar months
            "2026-12-01, 2027-02-28, 2027-08-31, 2028-02-29, 2028-08-31"})
    void termsEndTheDayBeforeStartPlusThreePlusSixMonthsPerRenewal(LocalDate start, LocalDate trialEnd,
            LocalDate first, LocalDate second, LocalDate third) {
        assertThat(IntStream.rangeClosed(1, 4).mapToObj(k -> schedule.termEndsOn(start, k)))
                .containsExactly(trialEnd, first, second, third);
    }

    @Test
    void eachTermStartsTheDayAfterThePreviousOneEnds() {
        LocalDate start = LocalDate.of(2026, 11, 30);

        assertThat(schedule.termStartsOn(start, 1)).isEqualTo(start);
        assertThat(schedule.termStartsOn(start, 2)).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(schedule.termStartsOn(start, 3)).isEqualTo(LocalDate.of(2027, 8, 30));
        IntStream.rangeClosed(2, 12).forEach(k -> assertThat(schedule.termStartsOn(start, k))
                .isEqualTo(schedule.termEndsOn(start, k - 1).plusDays(1)));
    }

    @Test
    void chainingTermsFromTheirPreviousEndWouldDriftWhichCountingFromTheStartDoesNot() {
        LocalDate start = LocalDate.of(2026, 11, 30);
        LocalDate chained = start.plusMonths(3).minusDays(1);
        for (int k = 2; k <= 4; k++) {
            chained = chained.plusDays(1).plusMonths(6).minusDays(1);
        }

        assertThat(chained).isEqualTo(LocalDate.of(2028, 8, 27));
        assertThat(schedule.termEndsOn(start, 4)).isEqualTo(LocalDate.of(2028, 8, 29));
    }

    @Test
    void theEarliestEffectiveDateIsTheNoticeDatePlusTheNoticePeriodAtMonthEnds() {
        assertThat(schedule.earliestEffectiveOn(LocalDate.of(2027, 1, 31))).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(schedule.earliestEffectiveOn(LocalDate.of(2028, 1, 31))).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(schedule.earliestEffectiveOn(LocalDate.of(2026, 12, 1))).isEqualTo(LocalDate.of(2027, 1, 1));
    }
}
