package jp.bansou.hours;

import static jp.bansou.testing.ProblemAssertions.assertBadRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import jp.bansou.BansouTest;
import jp.bansou.contract.ContractService;
import jp.bansou.contract.NoticeKind;
import jp.bansou.contract.NoticeRequest;
import jp.bansou.contract.Party;
import jp.bansou.engagement.EngagementProcess;
import jp.bansou.plan.Plan;
import jp.bansou.platform.BusinessTime;
import jp.bansou.testing.EngagementFixture;
import jp.bansou.testing.TestClock;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The hours API over real HTTP with HTTP Basic: what it answers, and every kind of bad input. */
@BansouTest
class HoursApiTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 20);
    static final LocalDate START = LocalDate.of(2026, 12, 1);

    @Autowired
    TestRestTemplate rest;
    @Autowired
    EngagementFixture fixture;
    @Autowired
    HourLedger ledger;
    @Autowired
    ContractService contracts;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;

    ResponseEntity<JsonNode> post(String user, String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return as(user).exchange(path, HttpMethod.POST, new HttpEntity<>(json, headers), JsonNode.class);
    }

    ResponseEntity<JsonNode> get(String user, String path) {
        return as(user).getForEntity(path, JsonNode.class);
    }

    TestRestTemplate as(String user) {
        return user == null ? rest : rest.withBasicAuth(user, user);
    }

    static String entry(LocalDate workDate, int minutes, String category) {
        return """
                {"workDate": "%s", "minutes": %d, "category": "%s", "note": "資料レビュー (Reviewed the plan)"}"""
                .formatted(workDate, minutes, category);
    }

    int entries(String caseNumber) {
        return ledger.balance(caseNumber, YearMonth.of(2026, 12)).totalEntries();
    }

    @Nested
    class Recording {

        String caseNumber;

        @BeforeEach
        void aCaseUnderContract() {
            TestClock.setTokyo(TODAY);
            caseNumber = fixture.signedContract(Plan.STANDARD, START);
        }

        String entries() {
            return "/api/engagements/" + caseNumber + "/time-entries";
        }

        @Test
        void theConsultantRecordsTimeAndSeesTheMonth() {
            ResponseEntity<JsonNode> created = post("consultant", entries(), entry(TODAY, 90, "MEETING"));

            assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            JsonNode body = created.getBody();
            assertThat(created.getHeaders().getLocation())
                    .isEqualTo(URI.create(entries() + "/" + body.path("id").asLong()));
            assertThat(body.path("status").asText()).isEqualTo("BOOKED");
            assertThat(body.path("consultant").asText()).isEqualTo("consultant");
            assertThat(body.path("recordedBy").asText()).isEqualTo("consultant");
            assertThat(body.path("workDate").asText()).isEqualTo("2026-12-20");
            assertThat(body.path("plan").asText()).isEqualTo("STANDARD");
            assertThat(get("consultant", created.getHeaders().getLocation().toString()).getBody().path("minutes").asInt())
                    .isEqualTo(90);

            JsonNode month = get("consultant", "/api/engagements/" + caseNumber + "/hours?month=2026-12").getBody();
            assertThat(month.path("month").asText()).isEqualTo("2026-12");
            assertThat(month.path("capMinutes").asInt()).isEqualTo(1440);
            assertThat(month.path("usedMinutes").asInt()).isEqualTo(90);
            assertThat(month.path("remainingMinutes").asInt()).isEqualTo(1350);
            assertThat(month.path("percentUsed").decimalValue()).isEqualByComparingTo("6.3");
            assertThat(month.path("scheduledMeetingsHeld").asInt()).isZero();
            assertThat(month.path("scheduledMeetingsPlanned").asInt()).isEqualTo(4);
            assertThat(month.path("shares").get(0).path("plan").asText()).isEqualTo("STANDARD");
            assertThat(month.path("entries")).hasSize(1);
            assertThat(month.path("totalEntries").asInt()).isEqualTo(1);
            assertThat(month.path("page").asInt()).isZero();
            assertThat(month.path("size").asInt()).isEqualTo(50);
            assertThat(get("consultant", "/api/engagements/" + caseNumber + "/hours").getBody().path("month").asText())
                    .as("this month in Tokyo by default").isEqualTo("2026-12");
        }

        @Test
        void aManagerRecordsForTheConsultantButAConsultantOnlyForThemselves() {
            String body = entry(TODAY, 30, "REVIEW").replace("}", ", \"consultant\": \"consultant\"}");

            ResponseEntity<JsonNode> byManager = post("manager", entries(), body);
            assertThat(byManager.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            assertThat(byManager.getBody().path("consultant").asText()).isEqualTo("consultant");
            assertThat(byManager.getBody().path("recordedBy").asText()).isEqualTo("manager");

            assertThat(post("consultant", entries(), body.replace("\"consultant\"}", "\"consultant2\"}"))
                    .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertBadRequest(post("manager", entries(), body.replace("\"consultant\"}", "\"nobody\"}")),
                    "consultant", "'nobody' is not a user");
            assertThat(HoursApiTest.this.entries(caseNumber)).isOne();
        }

        @Test
        void anEntryPastTheCapIsAcceptedAsPendingApproval() {
            post("consultant", entries(), entry(TODAY, 1440, "ISSUE_MAPPING"));

            ResponseEntity<JsonNode> held = post("consultant", entries(), entry(TODAY, 15, "CONSULTATION"));

            assertThat(held.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            assertThat(held.getBody().path("status").asText()).isEqualTo("PENDING_APPROVAL");
            assertThat(get("consultant", "/api/engagements/" + caseNumber + "/hours?month=2026-12").getBody()
                    .path("pendingMinutes").asInt()).isEqualTo(15);
        }

        @Test
        void anotherConsultantIsForbiddenAndAnUnknownCaseIsNotFound() {
            String id = post("consultant", entries(), entry(TODAY, 30, "OTHER")).getBody().path("id").asText();

            assertThat(post("consultant2", entries(), entry(TODAY, 30, "OTHER")).getStatusCode())
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(post("consultant2", entries() + "/" + id + "/reversal", "{}").getStatusCode())
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(get("consultant2", "/api/engagements/" + caseNumber + "/hours").getStatusCode())
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(post(null, entries(), entry(TODAY, 30, "OTHER")).getStatusCode())
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(post("manager", "/api/engagements/C-1999-0001/time-entries", entry(TODAY, 30, "OTHER"))
                    .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(get("manager", "/api/engagements/C-1999-0001/hours").getStatusCode())
                    .isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(HoursApiTest.this.entries(caseNumber)).isOne();
        }

        @Test
        void aReversalIsRecordedOnceAndNeverReversed() {
            String id = post("consultant", entries(), entry(TODAY, 45, "PREPARATION")).getBody().path("id").asText();

            ResponseEntity<JsonNode> reversal = post("consultant", entries() + "/" + id + "/reversal",
                    "{\"note\": \"二重登録 (Recorded twice)\"}");
            assertThat(reversal.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            assertThat(reversal.getBody().path("minutes").asInt()).isEqualTo(-45);
            assertThat(reversal.getBody().path("reverses").asText()).isEqualTo(id);
            String reversalId = reversal.getBody().path("id").asText();

            assertBadRequest(post("consultant", entries() + "/" + id + "/reversal", "{}"), "id",
                    "was already reversed by entry " + reversalId);
            assertBadRequest(post("manager", entries() + "/" + reversalId + "/reversal", ""), "id",
                    "a reversal cannot be reversed");
            assertThat(post("consultant", entries() + "/999999/reversal", "{}").getStatusCode())
                    .isEqualTo(HttpStatus.NOT_FOUND);
            String other = fixture.signedContract(Plan.LIGHT, START);
            assertThat(post("manager", "/api/engagements/" + other + "/time-entries/" + id + "/reversal", "{}")
                    .getStatusCode()).as("an entry of another case").isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(HoursApiTest.this.entries(caseNumber)).isEqualTo(2);
            assertThat(get("consultant", "/api/engagements/" + caseNumber + "/hours?month=2026-12").getBody()
                    .path("usedMinutes").asInt()).isZero();
        }

        @Test
        void theFiguresCountEveryEntryAndTheEntriesComeOnePageAtATimeNewestFirst() {
            long older = post("consultant", entries(), entry(TODAY.minusDays(2), 30, "MEETING")).getBody().path("id")
                    .asLong();
            long reversed = post("consultant", entries(), entry(TODAY.minusDays(1), 45, "REVIEW")).getBody()
                    .path("id").asLong();
            long reversal = post("consultant", entries() + "/" + reversed + "/reversal", "{}").getBody().path("id")
                    .asLong();
            long newest = post("consultant", entries(), entry(TODAY, 60, "OTHER")).getBody().path("id").asLong();
            long pending = post("consultant", entries(), entry(TODAY, 1440, "OTHER")).getBody().path("id").asLong();
            String hours = "/api/engagements/" + caseNumber + "/hours?month=2026-12";

            JsonNode first = get("consultant", hours + "&size=2").getBody();
            assertThat(first.path("usedMinutes").asInt()).isEqualTo(90);
            assertThat(first.path("pendingMinutes").asInt()).isEqualTo(1440);
            assertThat(first.path("totalEntries").asInt()).isEqualTo(5);
            assertThat(first.path("entries").findValuesAsText("id")).containsExactly("" + pending, "" + newest);
            JsonNode second = get("consultant", hours + "&size=2&page=1").getBody();
            assertThat(second.path("page").asInt()).isEqualTo(1);
            assertThat(second.path("usedMinutes").asInt()).as("the same figures on every page").isEqualTo(90);
            assertThat(second.path("entries").findValuesAsText("id"))
                    .containsExactly("" + reversal, "" + reversed);
            assertThat(get("consultant", hours + "&size=2&page=2").getBody().path("entries").findValuesAsText("id"))
                    .containsExactly("" + older);
            assertThat(get("consultant", hours + "&size=2&page=3").getBody().path("entries")).isEmpty();
            assertThat(get("consultant", hours + "&size=500").getBody().path("entries")).hasSize(5);
        }

        @Test
        void aBadPageOrSizeIsNamed() {
            String hours = "/api/engagements/" + caseNumber + "/hours?month=2026-12";
            assertBadRequest(get("consultant", hours + "&page=-1"), "page", "must be 0 or more");
            assertBadRequest(get("consultant", hours + "&size=0"), "size", "between 1 and 500");
            assertBadRequest(get("consultant", hours + "&size=501"), "size", "between 1 and 500");
            assertBadRequest(get("consultant", hours + "&page=first"), "page", "invalid value");
            assertBadRequest(get("consultant", hours + "&size=1.5"), "size", "invalid value");
        }

        @Test
        void aBadMonthIsNamed() {
            assertBadRequest(get("consultant", "/api/engagements/" + caseNumber + "/hours?month=2026-13"), "month",
                    "invalid value '2026-13'");
            assertBadRequest(get("consultant", "/api/engagements/" + caseNumber + "/hours?month=December"), "month",
                    "invalid value");
        }
    }

    /** One case for every bad input: each is refused with the field named, and nothing is written. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class BadInput {

        String caseNumber;

        @BeforeAll
        void aCaseUnderContract() {
            TestClock.setTokyo(TODAY);
            caseNumber = fixture.signedContract(Plan.STANDARD, START);
        }

        @BeforeEach
        void today() {
            TestClock.setTokyo(TODAY);
        }

        Stream<Arguments> badEntries() {
            return Stream.of(
                    Arguments.of(entry(TODAY, 0, "MEETING"), "minutes", "must be between 1 and 1440"),
                    Arguments.of(entry(TODAY, -30, "MEETING"), "minutes", "must be between 1 and 1440"),
                    Arguments.of(entry(TODAY, 24 * 60 + 1, "MEETING"), "minutes", "must be between 1 and 1440"),
                    Arguments.of("{\"workDate\": \"2026-12-20\", \"category\": \"MEETING\"}", "minutes", "is required"),
                    Arguments.of("{\"workDate\": \"2026-12-20\", \"minutes\": \"sixty\", \"category\": \"MEETING\"}",
                            "minutes", "invalid value 'sixty'"),
                    Arguments.of(entry(TODAY, 60, "LUNCH"), "category",
                            "expected one of [MEETING, PREPARATION, ISSUE_MAPPING, REVIEW, CONSULTATION, OTHER]"),
                    Arguments.of("{\"workDate\": \"2026-12-20\", \"minutes\": 60}", "category", "is required"),
                    Arguments.of(entry(TODAY.plusDays(1), 60, "MEETING"), "workDate",
                            "must not be in the future (today is 2026-12-20)"),
                    Arguments.of(entry(START.minusDays(1), 60, "MEETING"), "workDate",
                            "must not be before the contract started on 2026-12-01"),
                    Arguments.of(entry(TODAY, 60, "MEETING").replace("2026-12-20", "2026-02-30"), "workDate",
                            "invalid value '2026-02-30'"),
                    Arguments.of("{\"minutes\": 60, \"category\": \"MEETING\"}", "workDate", "is required"),
                    Arguments.of("{\"workDate\": \"2026-12-20\", \"minutes\": 60, \"category\": \"REVIEW\", "
                            + "\"scheduledMeeting\": true}", "scheduledMeeting", "only a MEETING"),
                    Arguments.of(entry(TODAY, 60, "MEETING").replace("資料レビュー (Reviewed the plan)", "x".repeat(4001)),
                            "note", "must have at most 4000 characters"),
                    Arguments.of("{\"workDate\": \"2026-12-20\", \"hours\": 1, \"category\": \"MEETING\"}", "hours",
                            "is not a known field"),
                    Arguments.of("{\"workDate\": ", "body", "is not valid JSON"));
        }

        @ParameterizedTest(name = "{1}: {2}")
        @MethodSource("badEntries")
        void isRefusedNamingTheField(String json, String field, String message) {
            assertBadRequest(post("consultant", "/api/engagements/" + caseNumber + "/time-entries", json), field,
                    message);
            assertThat(entries(caseNumber)).isZero();
        }
    }

    @Nested
    class WithoutRunningContract {

        @BeforeEach
        void today() {
            TestClock.setTokyo(TODAY);
        }

        @Test
        void aCaseWithoutContractIsRefused() {
            String inquiry = fixture.inquiry();

            assertBadRequest(post("manager", "/api/engagements/" + inquiry + "/time-entries", entry(TODAY, 60, "MEETING")),
                    "caseNumber", inquiry + " has no running contract");
        }

        @Test
        void aDateAfterTheContractEndedIsRefusedButItsLastDaysStayOpen() {
            String cancelled = fixture.signedContract(Plan.STANDARD, START);
            contracts.giveNotice(cancelled, new NoticeRequest(NoticeKind.CANCELLATION, Party.CLIENT, TODAY,
                    "予算の都合 (Budget)", null), "consultant");
            Job effective = management.createJobQuery().processInstanceId(runtime.createProcessInstanceQuery()
                            .processInstanceBusinessKey(cancelled).processDefinitionKey(EngagementProcess.PROCESS_ID).singleResult().getId())
                    .activityId(EngagementProcess.EVENT_NOTICE_EFFECTIVE).singleResult();
            TestClock.setTokyo(ZonedDateTime.ofInstant(effective.getDuedate().toInstant(), BusinessTime.ZONE)
                    .toLocalDateTime().plusHours(10));
            management.executeJob(effective.getId());
            String path = "/api/engagements/" + cancelled + "/time-entries";

            assertBadRequest(post("consultant", path, entry(LocalDate.of(2027, 1, 20), 60, "MEETING")), "workDate",
                    "must not be after the contract ended on 2027-01-19");
            assertThat(post("consultant", path, entry(LocalDate.of(2027, 1, 19), 60, "MEETING")).getStatusCode())
                    .isEqualTo(HttpStatus.CREATED);
        }
    }

    @Nested
    class MonthlyReport {

        @Test
        void isForManagersOnly() {
            TestClock.setTokyo(TODAY);

            assertThat(get("consultant", "/api/reports/monthly?month=2026-11").getStatusCode())
                    .isEqualTo(HttpStatus.FORBIDDEN);
            ResponseEntity<JsonNode> report = get("manager", "/api/reports/monthly?month=2026-11");
            assertThat(report.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(report.getBody().path("month").asText()).isEqualTo("2026-11");
            assertThat(report.getBody().path("closed").asBoolean()).isFalse();
            assertThat(report.getBody().path("cases")).isEmpty();
            assertBadRequest(get("manager", "/api/reports/monthly"), "month", "is required");
            assertBadRequest(get("manager", "/api/reports/monthly?month=11-2026"), "month", "invalid value");
        }
    }
}
