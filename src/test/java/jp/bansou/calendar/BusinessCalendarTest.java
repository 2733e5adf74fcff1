package jp.bansou.calendar;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import jp.bansou.calendar.CalendarProperties.ClosurePeriod;
import jp.bansou.calendar.CalendarProperties.DatedName;
import jp.bansou.calendar.NonBusinessDay.Reason;
import jp.bansou.plan.Plan;
import jp.bansou.plan.PlanCatalog;
import jp.bansou.plan.PlanCatalog.PlanTerms;
import jp.bansou.platform.BusinessTime;
import jp.bansou.platform.InvalidInputException;
import jp.bansou.platform.InvalidInputException.FieldProblem;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** On the defaults of application.yaml: 09:00-18:00, reminder 4 business hours ahead, closed 12/29-1/3. */
class BusinessCalendarTest {

    private static final CalendarProperties DEFAULTS = ApplicationYaml.bind("bansou.calendar", CalendarProperties.class);
    private static final PlanCatalog PLANS = ApplicationYaml.bind("bansou", PlanCatalog.class);

    private final BusinessCalendar calendar = new BusinessCalendar(DEFAULTS, PLANS);

    @Nested
    class BusinessDays {

        @Test
        void aWeekdayWithoutHolidayIsABusinessDay() {
            assertThat(calendar.isBusinessDay(parse("2026-06-05"))).isTrue();
            assertThat(calendar.nonBusinessDay(parse("2026-06-05"))).isEmpty();
        }

        @Test
        void weekendsAreNot() {
            assertThat(calendar.isBusinessDay(parse("2026-06-06"))).isFalse();
            assertThat(calendar.nonBusinessDay(parse("2026-06-07")))
                    .hasValue(new NonBusinessDay(parse("2026-06-07"), Reason.WEEKEND, null));
        }

        @Test
        void nationalHolidaysAreNotWithTheirName() {
            assertThat(calendar.nonBusinessDay(parse("2026-05-04")))
                    .hasValue(new NonBusinessDay(parse("2026-05-04"), Reason.HOLIDAY, "みどりの日 (Greenery Day)"));
            assertThat(calendar.nonBusinessDay(parse("2026-05-06")))
                    .hasValue(new NonBusinessDay(parse("2026-05-06"), Reason.HOLIDAY, "振替休日 (Substitute holiday)"));
            assertThat(calendar.nonBusinessDay(parse("2026-09-22")))
                    .hasValue(new NonBusinessDay(parse("2026-09-22"), Reason.HOLIDAY, "国民の休日 (Citizens' holiday)"));
        }

        @Test
        void aHolidayOnASaturdayIsShownAsTheHoliday() {
            assertThat(calendar.nonBusinessDay(parse("2025-05-03"))).map(NonBusinessDay::reason).hasValue(Reason.HOLIDAY);
        }

        @Test
        void theYearEndIsClosedFrom29DecemberTo3January() {
            String closure = "年末年始休業 (Year-end and New Year closure)";
            assertThat(calendar.isBusinessDay(parse("2026-12-28"))).isTrue();
            assertThat(calendar.nonBusinessDay(parse("2026-12-29")))
                    .hasValue(new NonBusinessDay(parse("2026-12-29"), Reason.CLOSURE, closure));
            assertThat(calendar.nonBusinessDay(parse("2026-12-31")))
                    .hasValue(new NonBusinessDay(parse("2026-12-31"), Reason.CLOSURE, closure));
            assertThat(calendar.nonBusinessDay(parse("2027-01-01")))
                    .hasValue(new NonBusinessDay(parse("2027-01-01"), Reason.HOLIDAY, "元日 (New Year's Day)"));
            assertThat(calendar.nonBusinessDay(parse("2027-01-02")))
                    .hasValue(new NonBusinessDay(parse("2027-01-02"), Reason.CLOSURE, closure));
            assertThat(calendar.isBusinessDay(parse("2027-01-04"))).isTrue();
            assertThat(calendar.nonBusinessDay(parse("2024-01-03")))
                    .hasValue(new NonBusinessDay(parse("2024-01-03"), Reason.CLOSURE, closure));
        }

        @Test
        void extraHolidaysAndClosuresFromConfiguration() {
            BusinessCalendar configured = new BusinessCalendar(new CalendarProperties(DEFAULTS.businessDayStart(),
                    DEFAULTS.businessDayEnd(), DEFAULTS.reminderBefore(), DEFAULTS.closures(),
                    List.of(new DatedName(parse("2027-05-06"), "Some new holiday")),
                    List.of(new DatedName(parse("2027-10-01"), "Office move"))), PLANS);

            assertThat(configured.nonBusinessDay(parse("2027-05-06")))
                    .hasValue(new NonBusinessDay(parse("2027-05-06"), Reason.HOLIDAY, "Some new holiday"));
            assertThat(configured.nonBusinessDay(parse("2027-10-01")))
                    .hasValue(new NonBusinessDay(parse("2027-10-01"), Reason.CLOSURE, "Office move"));
            assertThat(calendar.isBusinessDay(parse("2027-10-01"))).isTrue();
        }

        @Test
        void theHolidaysOfFarYearsCount() {
            assertThat(calendar.nonBusinessDay(parse("2031-04-29")))
                    .hasValue(new NonBusinessDay(parse("2031-04-29"), Reason.HOLIDAY, "昭和の日 (Showa Day)"));
            assertThat(calendar.nonBusinessDay(parse("2099-03-20")))
                    .hasValue(new NonBusinessDay(parse("2099-03-20"), Reason.HOLIDAY, "春分の日 (Vernal Equinox Day)"));
            assertThat(calendar.isBusinessDay(parse("1964-10-09"))).isTrue();
            assertThat(calendar.nonBusinessDay(parse("1964-10-10"))).map(NonBusinessDay::reason).hasValue(Reason.WEEKEND);
            assertThat(calendar.isBusinessDay(parse("1966-10-10"))).isFalse();
        }
    }

    @Nested
    class ReplyDues {

        @ParameterizedTest(name = "received {0}, {1}: due {2}")
        @CsvSource({
                // Fri 10:00: Standard the next business day, Light the one after
                "2026-06-05T10:00+09:00, STANDARD, 2026-06-08T18:00+09:00",
                "2026-06-05T10:00+09:00, ADVANCED, 2026-06-08T18:00+09:00",
                "2026-06-05T10:00+09:00, LIGHT,    2026-06-09T18:00+09:00",
                // after hours or on a weekend, day zero is Monday
                "2026-06-05T19:00+09:00, STANDARD, 2026-06-09T18:00+09:00",
                "2026-06-05T19:00+09:00, LIGHT,    2026-06-10T18:00+09:00",
                "2026-06-06T11:00+09:00, STANDARD, 2026-06-09T18:00+09:00",
                "2026-06-07T23:59+09:00, STANDARD, 2026-06-09T18:00+09:00",
                // 18:00 sharp is already after hours
                "2026-06-05T17:59:59+09:00, STANDARD, 2026-06-08T18:00+09:00",
                "2026-06-05T18:00+09:00,    STANDARD, 2026-06-09T18:00+09:00",
                // before opening, the day itself is day zero
                "2026-06-05T07:30+09:00, STANDARD, 2026-06-08T18:00+09:00",
                "2026-06-05T00:00+09:00, STANDARD, 2026-06-08T18:00+09:00",
                "2026-06-04T23:59+09:00, STANDARD, 2026-06-08T18:00+09:00",
                // the same instants written in other offsets
                "2026-06-05T01:00Z,       STANDARD, 2026-06-08T18:00+09:00",
                "2026-06-04T18:00-07:00,  STANDARD, 2026-06-08T18:00+09:00",
                "2026-06-05T10:00Z,       STANDARD, 2026-06-09T18:00+09:00",
                // Golden Week 2026: 4/29, 5/3-5/6
                "2026-04-28T19:00+09:00, STANDARD, 2026-05-01T18:00+09:00",
                "2026-05-01T10:00+09:00, STANDARD, 2026-05-07T18:00+09:00",
                "2026-05-01T10:00+09:00, LIGHT,    2026-05-08T18:00+09:00",
                "2026-05-04T10:00+09:00, STANDARD, 2026-05-08T18:00+09:00",
                // Golden Week 2019, ten days off
                "2019-04-26T12:00+09:00, STANDARD, 2019-05-07T18:00+09:00",
                // Silver Week 2026: 9/19-9/23
                "2026-09-18T12:00+09:00, STANDARD, 2026-09-24T18:00+09:00",
                "2026-09-18T12:00+09:00, LIGHT,    2026-09-25T18:00+09:00",
                // year end closure 12/29-1/3
                "2026-12-28T17:00+09:00, STANDARD, 2027-01-04T18:00+09:00",
                "2026-12-28T17:00+09:00, LIGHT,    2027-01-05T18:00+09:00",
                "2026-12-28T18:30+09:00, STANDARD, 2027-01-05T18:00+09:00",
                "2026-12-30T10:00+09:00, STANDARD, 2027-01-05T18:00+09:00",
                "2026-12-25T10:00+09:00, LIGHT,    2027-01-04T18:00+09:00"})
        void dueAtTheEndOfTheNthBusinessDayAfterDayZero(OffsetDateTime receivedAt, Plan plan, OffsetDateTime dueAt) {
            assertThat(calendar.replyDue(receivedAt.toInstant(), plan).dueAt()).isEqualTo(dueAt.toInstant());
        }

        @Test
        void dayZeroIsTheReceiptDayOnlyWhenItIsABusinessDayBeforeClosing() {
            assertThat(calendar.dayZero(tokyo("2026-06-05T17:59"))).isEqualTo(parse("2026-06-05"));
            assertThat(calendar.dayZero(tokyo("2026-06-05T18:00"))).isEqualTo(parse("2026-06-08"));
            assertThat(calendar.dayZero(tokyo("2026-05-03T10:00"))).isEqualTo(parse("2026-05-07"));
        }

        @Test
        void remindsFourBusinessHoursBeforeDue() {
            ReplyDue due = calendar.replyDue(tokyo("2026-06-05T10:00"), Plan.STANDARD);

            assertThat(due.dueAt()).isEqualTo(tokyo("2026-06-08T18:00"));
            assertThat(due.reminderAt()).isEqualTo(tokyo("2026-06-08T14:00"));
        }

        @Test
        void aReminderLongerThanTheDueDayRollsBackIntoThePreviousBusinessDay() {
            BusinessCalendar shortHours = calendar(LocalTime.of(9, 0), LocalTime.of(12, 0), Duration.ofHours(4));

            ReplyDue due = shortHours.replyDue(tokyo("2026-06-05T10:00"), Plan.STANDARD);

            assertThat(due.dueAt()).isEqualTo(tokyo("2026-06-08T12:00"));
            assertThat(due.reminderAt()).isEqualTo(tokyo("2026-06-05T11:00"));
        }

        @Test
        void theReminderSkipsClosedDaysToo() {
            BusinessCalendar shortHours = calendar(LocalTime.of(9, 0), LocalTime.of(12, 0), Duration.ofHours(4));

            ReplyDue due = shortHours.replyDue(tokyo("2026-05-01T10:00"), Plan.STANDARD);

            assertThat(due.dueAt()).isEqualTo(tokyo("2026-05-07T12:00"));
            assertThat(due.reminderAt()).isEqualTo(tokyo("2026-05-01T11:00"));
        }

        @ParameterizedTest(name = "{0} before due Mon 18:00: {1}")
        @CsvSource({
                "PT0S, 2026-06-08T18:00",
                "PT30M, 2026-06-08T17:30",
                "PT9H, 2026-06-08T09:00",
                "PT10H, 2026-06-05T17:00",
                "PT18H, 2026-06-05T09:00"})
        void theReminderLeadTimeIsConfigurable(Duration before, String reminderAt) {
            BusinessCalendar configured = calendar(LocalTime.of(9, 0), LocalTime.of(18, 0), before);

            assertThat(configured.replyDue(tokyo("2026-06-05T10:00"), Plan.STANDARD).reminderAt())
                    .isEqualTo(tokyo(reminderAt));
        }

        @Test
        void spotHasNoReplySla() {
            assertThatThrownBy(() -> calendar.replyDue(tokyo("2026-06-05T10:00"), Plan.SPOT))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .containsExactly(new FieldProblem("plan", "SPOT has no reply SLA")));
        }

        @ParameterizedTest(name = "received {0}, {1}: due {2}")
        @CsvSource({
                // an ordinary week in 2035, as in 2026
                "2035-06-01T10:00+09:00, STANDARD, 2035-06-04T18:00+09:00",
                "2035-06-01T10:00+09:00, LIGHT,    2035-06-05T18:00+09:00",
                "2035-06-01T19:00+09:00, STANDARD, 2035-06-05T18:00+09:00",
                // Golden Week 2035: 4/29 is a Sunday, so 4/30 is its 振替休日; 5/3-5/5 Thu-Sat
                "2035-04-27T10:00+09:00, STANDARD, 2035-05-01T18:00+09:00",
                "2035-04-27T10:00+09:00, LIGHT,    2035-05-02T18:00+09:00",
                "2035-05-02T10:00+09:00, STANDARD, 2035-05-07T18:00+09:00",
                "2035-05-02T10:00+09:00, LIGHT,    2035-05-08T18:00+09:00",
                // Silver Week 2035: 敬老の日 9/17, 秋分の日 on Sunday 9/23 and its 振替休日 9/24
                "2035-09-21T10:00+09:00, STANDARD, 2035-09-25T18:00+09:00",
                // year end 2034/35: after the closure, 1/8 is 成人の日
                "2034-12-28T19:00+09:00, STANDARD, 2035-01-05T18:00+09:00",
                "2034-12-28T19:00+09:00, LIGHT,    2035-01-09T18:00+09:00",
                // year end 2035/36
                "2035-12-28T10:00+09:00, STANDARD, 2036-01-04T18:00+09:00",
                "2035-12-28T10:00+09:00, LIGHT,    2036-01-07T18:00+09:00",
                // the last year end the calculators accept: the due falls in 2100
                "2099-12-28T10:00+09:00, STANDARD, 2100-01-04T18:00+09:00",
                "2099-12-28T10:00+09:00, LIGHT,    2100-01-05T18:00+09:00"})
        void farYearsAreDueTheSameWay(OffsetDateTime receivedAt, Plan plan, OffsetDateTime dueAt) {
            ReplyDue due = calendar.replyDue(receivedAt.toInstant(), plan);

            assertThat(due.dueAt()).isEqualTo(dueAt.toInstant());
            assertThat(due.reminderAt()).isEqualTo(dueAt.toInstant().minus(Duration.ofHours(4)));
        }
    }

    /**
     * Every year end and Golden Week from 2031 to 2099, against a model of the only holidays in those weeks
     * written from the Act (元日, the second Monday of January, 4/29, 5/3-5/5 and their 振替休日), independently of
     * {@link JapaneseHolidays}.
     */
    @Nested
    class YearEndsAndGoldenWeeksTo2099 {

        @ParameterizedTest(name = "{0}")
        @MethodSource("jp.bansou.calendar.BusinessCalendarTest#farYears")
        void dueAsTheModelSays(int year) {
            List<LocalDate> receiptDays = new ArrayList<>();
            for (LocalDate day = LocalDate.of(year, 4, 20); day.isBefore(LocalDate.of(year, 5, 10)); day = day.plusDays(1)) {
                receiptDays.add(day);
            }
            for (LocalDate day = LocalDate.of(year, 12, 20); day.isBefore(LocalDate.of(year + 1, 1, 10));
                    day = day.plusDays(1)) {
                receiptDays.add(day);
            }
            for (LocalDate day : receiptDays) {
                for (LocalTime time : List.of(LocalTime.of(10, 0), LocalTime.of(19, 0))) {
                    for (Plan plan : List.of(Plan.STANDARD, Plan.LIGHT)) {
                        Instant receivedAt = day.atTime(time).atZone(BusinessTime.ZONE).toInstant();
                        assertThat(calendar.replyDue(receivedAt, plan).dueAt())
                                .as("received %s %s, %s", day, time, plan)
                                .isEqualTo(modelDue(day, time, plan == Plan.LIGHT ? 2 : 1));
                    }
                }
            }
        }

        private static Instant modelDue(LocalDate received, LocalTime time, int businessDays) {
            LocalDate day = isBusinessDayByModel(received) && time.isBefore(LocalTime.of(18, 0))
                    ? received : nextBusinessDayByModel(received);
            for (int n = 0; n < businessDays; n++) {
                day = nextBusinessDayByModel(day);
            }
            return day.atTime(18, 0).atZone(BusinessTime.ZONE).toInstant();
        }

        private static LocalDate nextBusinessDayByModel(LocalDate day) {
            LocalDate next = day.plusDays(1);
            while (!isBusinessDayByModel(next)) {
                next = next.plusDays(1);
            }
            return next;
        }

        /** Valid from 4/20 to 5/20 and from 12/20 to 1/20 only. */
        private static boolean isBusinessDayByModel(LocalDate day) {
            int year = day.getYear();
            MonthDay monthDay = MonthDay.from(day);
            boolean closure = !monthDay.isBefore(MonthDay.of(12, 29)) || !monthDay.isAfter(MonthDay.of(1, 3));
            boolean comingOfAgeDay = day.getMonthValue() == 1 && day.getDayOfWeek() == DayOfWeek.MONDAY
                    && day.getDayOfMonth() >= 8 && day.getDayOfMonth() <= 14;
            boolean goldenWeek = Set.of(MonthDay.of(4, 29), MonthDay.of(5, 3), MonthDay.of(5, 4), MonthDay.of(5, 5))
                    .contains(monthDay);
            boolean substitute = monthDay.equals(MonthDay.of(4, 30)) && sunday(LocalDate.of(year, 4, 29))
                    || monthDay.equals(MonthDay.of(5, 6)) && (sunday(LocalDate.of(year, 5, 3))
                    || sunday(LocalDate.of(year, 5, 4)) || sunday(LocalDate.of(year, 5, 5)));
            return !sunday(day) && day.getDayOfWeek() != DayOfWeek.SATURDAY
                    && !closure && !comingOfAgeDay && !goldenWeek && !substitute;
        }

        private static boolean sunday(LocalDate day) {
            return day.getDayOfWeek() == DayOfWeek.SUNDAY;
        }
    }

    static IntStream farYears() {
        return IntStream.rangeClosed(2031, 2099);
    }

    @Nested
    class BusinessTimeBetween {

        @ParameterizedTest(name = "{0} to {1}: {2}")
        @CsvSource({
                "2026-06-05T10:00, 2026-06-05T15:00, PT5H",
                "2026-06-05T07:00, 2026-06-05T20:00, PT9H",
                "2026-06-05T17:00, 2026-06-08T10:00, PT2H",
                "2026-06-08T09:00, 2026-06-09T09:00, PT9H",
                "2026-06-05T19:00, 2026-06-08T08:00, PT0S",
                "2026-06-05T12:00, 2026-06-05T12:00, PT0S",
                "2026-05-01T17:00, 2026-05-07T09:30, PT1H30M",
                "2026-12-28T17:00, 2027-01-04T10:00, PT2H",
                "2026-06-08T18:00, 2026-06-09T11:15:30, PT2H15M30S",
                "2026-06-08T10:00, 2026-06-05T17:00, -PT2H"})
        void countsOnlyBusinessHoursOfBusinessDays(String from, String to, Duration expected) {
            assertThat(calendar.businessTimeBetween(tokyo(from), tokyo(to))).isEqualTo(expected);
        }

        @Test
        void isIndependentOfTheOffsetTheInstantsWereWrittenIn() {
            Instant from = OffsetDateTime.parse("2026-06-05T00:00Z").toInstant(); // 09:00 in Tokyo
            Instant to = OffsetDateTime.parse("2026-06-07T20:00-07:00").toInstant(); // Mon 12:00 in Tokyo

            assertThat(calendar.businessTimeBetween(from, to)).isEqualTo(Duration.ofHours(12));
        }
    }

    /** What decides whether open consultations' due times are recomputed at start-up. */
    @Nested
    class ReplyDueRules {

        @Test
        void theSameConfigurationGivesTheSameRules() {
            assertThat(calendar.replyDueRules()).isEqualTo(new BusinessCalendar(DEFAULTS, PLANS).replyDueRules())
                    .hasSize(64);
        }

        @Test
        void anythingADueTimeDependsOnChangesThem() {
            LocalTime opens = DEFAULTS.businessDayStart();
            LocalTime closes = DEFAULTS.businessDayEnd();
            Duration reminder = DEFAULTS.reminderBefore();
            List<DatedName> aDay = List.of(new DatedName(parse("2027-10-01"), "Office move"));
            Map<Plan, PlanTerms> fasterLight = new EnumMap<>(PLANS.plans());
            PlanTerms light = PLANS.terms(Plan.LIGHT);
            fasterLight.put(Plan.LIGHT, new PlanTerms(light.monthlyCapHours(), light.scheduledMeetingsPerMonth(),
                    light.replySlaBusinessDays() - 1));

            List<BusinessCalendar> changed = List.of(
                    calendar(opens.plusHours(1), closes, reminder),
                    calendar(opens, closes.minusHours(1), reminder),
                    calendar(opens, closes, reminder.plusHours(1)),
                    new BusinessCalendar(new CalendarProperties(opens, closes, reminder, List.of(), List.of(),
                            List.of()), PLANS),
                    new BusinessCalendar(new CalendarProperties(opens, closes, reminder, DEFAULTS.closures(), aDay,
                            List.of()), PLANS),
                    new BusinessCalendar(new CalendarProperties(opens, closes, reminder, DEFAULTS.closures(),
                            List.of(), aDay), PLANS),
                    new BusinessCalendar(DEFAULTS, new PlanCatalog(fasterLight)));

            assertThat(changed).extracting(BusinessCalendar::replyDueRules).doesNotHaveDuplicates()
                    .doesNotContain(calendar.replyDueRules());
        }

        @Test
        void theNameOfADayOffDoesNot() {
            BusinessCalendar renamed = new BusinessCalendar(new CalendarProperties(DEFAULTS.businessDayStart(),
                    DEFAULTS.businessDayEnd(), DEFAULTS.reminderBefore(), DEFAULTS.closures().stream()
                    .map(period -> new ClosurePeriod(period.from(), period.to(), period.name() + " (renamed)")).toList(),
                    List.of(), List.of()), PLANS);

            assertThat(renamed.replyDueRules()).isEqualTo(calendar.replyDueRules());
        }
    }

    private BusinessCalendar calendar(LocalTime opens, LocalTime closes, Duration reminderBefore) {
        return new BusinessCalendar(new CalendarProperties(opens, closes, reminderBefore, DEFAULTS.closures(),
                List.of(), List.of()), PLANS);
    }

    private static Instant tokyo(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BusinessTime.ZONE).toInstant();
    }
}
