package jp.bansou.calendar;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.bansou.plan.PlanCatalog;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The slice leaves out {@code @ConfigurationPropertiesScan}: the two configuration records are enabled here. */
@WebMvcTest(CalendarController.class)
@Import(BusinessCalendar.class)
@EnableConfigurationProperties({CalendarProperties.class, PlanCatalog.class})
@WithMockUser
class CalendarControllerTest {

    @Autowired
    MockMvc mvc;

    @Nested
    class ReplyDueEndpoint {

        @Test
        void answersDueAndReminderInTokyoTime() throws Exception {
            mvc.perform(get("/api/calendar/reply-due")
                            .param("receivedAt", "2026-05-01T10:00:00+09:00")
                            .param("plan", "STANDARD"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.dueAt").value("2026-05-07T18:00:00+09:00"))
                    .andExpect(jsonPath("$.reminderAt").value("2026-05-07T14:00:00+09:00"));
        }

        @Test
        void answersForAnyOffsetAndForThePast() throws Exception {
            mvc.perform(get("/api/calendar/reply-due")
                            .param("receivedAt", "2000-01-04T01:00:00Z")
                            .param("plan", "LIGHT"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.dueAt").value("2000-01-06T18:00:00+09:00"))
                    .andExpect(jsonPath("$.reminderAt").value("2000-01-06T14:00:00+09:00"));
        }

        @Test
        void takesTheOffsetsPlusDecodedAsASpace() throws Exception {
            mvc.perform(get("/api/calendar/reply-due")
                            .param("receivedAt", "2026-06-05T19:00:00 09:00")
                            .param("plan", "STANDARD"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.dueAt").value("2026-06-09T18:00:00+09:00"));
        }

        @ParameterizedTest(name = "receivedAt={0}")
        @CsvSource({"2026-05-01", "2026-05-01T10:00:00", "2026-02-30T10:00:00+09:00", "yesterday", "''"})
        void refusesAReceiptThatIsNoInstantWithOffset(String receivedAt) throws Exception {
            expectBadRequest(mvc.perform(get("/api/calendar/reply-due")
                    .param("receivedAt", receivedAt)
                    .param("plan", "STANDARD")), "receivedAt");
        }

        @Test
        void refusesAMissingReceipt() throws Exception {
            expectBadRequest(mvc.perform(get("/api/calendar/reply-due").param("plan", "STANDARD")), "receivedAt")
                    .andExpect(jsonPath("$.errors[0].message").value("is required"));
        }

        @Test
        void refusesAMissingPlan() throws Exception {
            expectBadRequest(mvc.perform(get("/api/calendar/reply-due")
                    .param("receivedAt", "2026-05-01T10:00:00+09:00")), "plan");
        }

        @ParameterizedTest(name = "plan={0}")
        @CsvSource({"GOLD", "standard", "''"})
        void refusesUnknownPlans(String plan) throws Exception {
            expectBadRequest(mvc.perform(get("/api/calendar/reply-due")
                    .param("receivedAt", "2026-05-01T10:00:00+09:00")
                    .param("plan", plan)), "plan");
        }

        @Test
        void refusesSpotWhichHasNoReplySla() throws Exception {
            expectBadRequest(mvc.perform(get("/api/calendar/reply-due")
                    .param("receivedAt", "2026-05-01T10:00:00+09:00")
                    .param("plan", "SPOT")), "plan")
                    .andExpect(jsonPath("$.errors[0].message").value("SPOT has no reply SLA"));
        }

        @ParameterizedTest(name = "receivedAt={0}")
        @CsvSource({"1947-12-31T23:59:59+09:00", "1947-12-31T14:59:59Z", "2100-01-04T10:00:00+09:00"})
        void refusesReceiptsOutsideTheYearsACaseCanMeet(String receivedAt) throws Exception {
            expectBadRequest(mvc.perform(get("/api/calendar/reply-due")
                    .param("receivedAt", receivedAt)
                    .param("plan", "STANDARD")), "receivedAt")
                    .andExpect(jsonPath("$.errors[0].message").value(containsString("1948 to 2099")));
        }

        @Test
        void acceptsTheFirstInstantOf1948InTokyoWhateverTheOffset() throws Exception {
            mvc.perform(get("/api/calendar/reply-due")
                            .param("receivedAt", "1947-12-31T15:00:00Z")
                            .param("plan", "STANDARD"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.dueAt").value("1948-01-06T18:00:00+09:00"));
        }

        @Test
        void answersAReceiptOfTheLastYearWhoseDueFallsIn2100() throws Exception {
            mvc.perform(get("/api/calendar/reply-due")
                            .param("receivedAt", "2099-12-28T10:00:00+09:00")
                            .param("plan", "STANDARD"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.dueAt").value("2100-01-04T18:00:00+09:00"))
                    .andExpect(jsonPath("$.reminderAt").value("2100-01-04T14:00:00+09:00"));
        }
    }

    @Nested
    class BusinessDaysEndpoint {

        @Test
        void listsBusinessDaysAndWhyTheOthersAreNot() throws Exception {
            mvc.perform(get("/api/calendar/business-days").param("from", "2026-12-26").param("to", "2027-01-05"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.from").value("2026-12-26"))
                    .andExpect(jsonPath("$.to").value("2027-01-05"))
                    .andExpect(jsonPath("$.businessDays").value(contains("2026-12-28", "2027-01-04", "2027-01-05")))
                    .andExpect(jsonPath("$.nonBusinessDays", hasSize(8)))
                    .andExpect(jsonPath("$.nonBusinessDays[0].date").value("2026-12-26"))
                    .andExpect(jsonPath("$.nonBusinessDays[0].reason").value("WEEKEND"))
                    .andExpect(jsonPath("$.nonBusinessDays[0].name").value(nullValue()))
                    .andExpect(jsonPath("$.nonBusinessDays[2].date").value("2026-12-29"))
                    .andExpect(jsonPath("$.nonBusinessDays[2].reason").value("CLOSURE"))
                    .andExpect(jsonPath("$.nonBusinessDays[2].name").value("年末年始休業 (Year-end and New Year closure)"))
                    .andExpect(jsonPath("$.nonBusinessDays[5].date").value("2027-01-01"))
                    .andExpect(jsonPath("$.nonBusinessDays[5].reason").value("HOLIDAY"))
                    .andExpect(jsonPath("$.nonBusinessDays[5].name").value("元日 (New Year's Day)"));
        }

        @Test
        void writesTheNameOfAWeekendAsNull() throws Exception {
            mvc.perform(get("/api/calendar/business-days").param("from", "2026-06-06").param("to", "2026-06-06"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.businessDays").isEmpty())
                    .andExpect(jsonPath("$.nonBusinessDays[0]").value(hasEntry("name", null)));
        }

        @Test
        void answersUpTo366DaysAfterFrom() throws Exception {
            mvc.perform(get("/api/calendar/business-days").param("from", "2029-12-31").param("to", "2030-12-31"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.businessDays", hasSize(244)))
                    .andExpect(jsonPath("$.nonBusinessDays", hasSize(122)));
        }

        @Test
        void knowsTheGoldenWeekOfAFarYear() throws Exception {
            mvc.perform(get("/api/calendar/business-days").param("from", "2099-04-27").param("to", "2099-05-08"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.businessDays").value(contains("2099-04-27", "2099-04-28", "2099-04-30",
                            "2099-05-01", "2099-05-07", "2099-05-08")))
                    .andExpect(jsonPath("$.nonBusinessDays[?(@.date == '2099-05-06')].name")
                            .value(contains("振替休日 (Substitute holiday)")));
        }

        @Test
        void refusesARangeLongerThan366Days() throws Exception {
            expectBadRequest(mvc.perform(get("/api/calendar/business-days")
                    .param("from", "2026-01-01").param("to", "2027-01-03")), "to");
        }

        @Test
        void refusesFromAfterTo() throws Exception {
            expectBadRequest(mvc.perform(get("/api/calendar/business-days")
                    .param("from", "2026-06-02").param("to", "2026-06-01")), "from");
        }

        @ParameterizedTest(name = "from={0}, to={1}: {2}")
        @CsvSource({
                "1947-12-31, 1948-01-10, from",
                "2099-12-01, 2100-01-10, to",
                "2026-13-01, 2026-12-31, from",
                "2026-01-01, 31.12.2026, to",
                "'',         2026-12-31, from"})
        void refusesDatesThatAreMalformedOrOutsideTheSupportedYears(String from, String to, String parameter)
                throws Exception {
            expectBadRequest(mvc.perform(get("/api/calendar/business-days").param("from", from).param("to", to)),
                    parameter);
        }

        @Test
        void refusesAMissingDate() throws Exception {
            expectBadRequest(mvc.perform(get("/api/calendar/business-days").param("from", "2026-01-01")), "to");
        }
    }

    @Test
    @WithMockUser(roles = {})
    void anyAuthenticatedUserMayAsk() throws Exception {
        mvc.perform(get("/api/calendar/business-days").param("from", "2026-01-01").param("to", "2026-01-01"))
                .andExpect(status().isOk());
    }

    @Test
    @WithAnonymousUser
    void anonymousUsersMayNot() throws Exception {
        mvc.perform(get("/api/calendar/business-days").param("from", "2026-01-01").param("to", "2026-01-01"))
                .andExpect(status().isUnauthorized());
    }

    private static ResultActions expectBadRequest(ResultActions result, String parameter) throws Exception {
        return result
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Invalid input"))
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].field").value(parameter))
                .andExpect(jsonPath("$.detail").value(containsString(parameter + ": ")));
    }
}
