package jp.bansou.web;

import static jp.bansou.testing.ProblemAssertions.assertBadRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;

import jp.bansou.BansouTest;
import jp.bansou.plan.Plan;
import jp.bansou.testing.EngagementFixture;
import jp.bansou.testing.TestClock;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Input of the wrong type is refused, never coerced into something else: the service's API answers 400 naming
 * the field, with nothing written; a body of a content type the endpoint does not read is 415.
 */
@BansouTest
class ApiInputTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 20);
    static final AtomicInteger CLIENT = new AtomicInteger();
    static final String INQUIRY = """
            {"organisation": "山田製作所", "contactName": "山田 太郎", "contactEmail": "taro@yamada.example",
             "employeeCount": 15, "message": "会議で何も決まらない", "preferredPace": "STANDARD"}""";
    static final String ENTRY = """
            {"workDate": "2026-12-18", "minutes": 90, "category": "MEETING", "scheduledMeeting": true, "note": "定例会"}""";

    @Autowired
    TestRestTemplate http;
    @Autowired
    EngagementFixture fixture;
    @Autowired
    JdbcClient jdbc;

    String caseNumber;

    @BeforeEach
    void aCaseUnderContract() {
        TestClock.setTokyo(TODAY);
        caseNumber = fixture.signedContract(Plan.STANDARD, LocalDate.of(2026, 12, 1));
    }

    ResponseEntity<JsonNode> send(String user, HttpMethod method, String path, MediaType type, Object body) {
        HttpHeaders headers = new HttpHeaders();
        if (type != null) {
            headers.setContentType(type);
        }
        headers.set("X-Forwarded-For", "203.0.113." + (CLIENT.incrementAndGet() % 250 + 1));
        TestRestTemplate client = user == null ? http : http.withBasicAuth(user, user);
        return client.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }

    long rows(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    static void assertProblem(ResponseEntity<JsonNode> response, HttpStatus status, String field) {
        if (status == HttpStatus.BAD_REQUEST && field != null) {
            assertBadRequest(response, field);
            return;
        }
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().path("status").asInt()).isEqualTo(status.value());
        if (field != null) {
            assertThat(response.getBody().path("errors")).as(response.getBody().toString())
                    .anySatisfy(error -> assertThat(error.path("field").asText()).isEqualTo(field));
        }
    }

    @Test
    void aMultipartInquiryIsAnUnsupportedMediaType() {
        long before = rows("engagement");
        org.springframework.util.LinkedMultiValueMap<String, Object> form = new org.springframework.util.LinkedMultiValueMap<>();
        form.add("organisation", "山田製作所");

        ResponseEntity<JsonNode> response = send(null, HttpMethod.POST, "/api/inquiries", MediaType.MULTIPART_FORM_DATA, form);

        assertProblem(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, null);
        assertThat(rows("engagement")).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"multipart/form-data", "multipart/form-data; boundary=xyz", "multipart/mixed; boundary=xyz",
            "application/x-www-form-urlencoded", "text/plain", "application/xml"})
    void anInquiryInAnotherContentTypeIsAnUnsupportedMediaType(String contentType) {
        for (String user : new String[] {null, "consultant"}) {
            long before = rows("engagement");
            String body = contentType.startsWith("multipart")
                    ? "--xyz\r\nContent-Disposition: form-data; name=\"organisation\"\r\n\r\n山田製作所\r\n--xyz--\r\n"
                    : "organisation=x";

            ResponseEntity<JsonNode> response = send(user, HttpMethod.POST, "/api/inquiries",
                    MediaType.parseMediaType(contentType), body);

            assertProblem(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, null);
            assertThat(rows("engagement")).isEqualTo(before);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            organisation as a number   | "organisation": "山田製作所"  | "organisation": 123     | organisation
            employee count with a fraction | "employeeCount": 15     | "employeeCount": 1.5    | employeeCount
            employee count as text     | "employeeCount": 15         | "employeeCount": "15"   | employeeCount
            pace as a number           | "preferredPace": "STANDARD" | "preferredPace": 1      | preferredPace
            contact name as a boolean  | "contactName": "山田 太郎"    | "contactName": true     | contactName
            """)
    void anInquiryWithAValueOfTheWrongTypeIsRefused(String why, String replace, String with, String field) {
        long before = rows("engagement");

        ResponseEntity<JsonNode> response = send(null, HttpMethod.POST, "/api/inquiries", MediaType.APPLICATION_JSON,
                INQUIRY.replace(replace, with));

        assertProblem(response, HttpStatus.BAD_REQUEST, field);
        assertThat(rows("engagement")).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            minutes with a fraction      | "minutes": 90               | "minutes": 1.5                       | minutes
            minutes as text              | "minutes": 90               | "minutes": "30"                      | minutes
            scheduled meeting as number  | "scheduledMeeting": true    | "scheduledMeeting": 2                | scheduledMeeting
            work date with a time        | "workDate": "2026-12-18"    | "workDate": "2026-12-18T10:00:00"    | workDate
            work date as an instant      | "workDate": "2026-12-18"    | "workDate": "2026-12-18T01:00:00Z"   | workDate
            note as a number             | "note": "定例会"             | "note": 42                           | note
            category as a number         | "category": "MEETING"       | "category": 0                        | category
            """)
    void aTimeEntryWithAValueOfTheWrongTypeIsRefused(String why, String replace, String with, String field) {
        long before = rows("time_entry");

        ResponseEntity<JsonNode> response = send("consultant", HttpMethod.POST,
                "/api/engagements/" + caseNumber + "/time-entries", MediaType.APPLICATION_JSON, ENTRY.replace(replace, with));

        assertProblem(response, HttpStatus.BAD_REQUEST, field);
        assertThat(response.getBody().path("detail").asText()).contains(field + ": invalid value '").contains("expected");
        assertThat(rows("time_entry")).isEqualTo(before);
    }

    @Test
    void aTimeEntryOfTheDocumentedTypesIsStillRecorded() {
        ResponseEntity<JsonNode> response = send("consultant", HttpMethod.POST,
                "/api/engagements/" + caseNumber + "/time-entries", MediaType.APPLICATION_JSON, ENTRY);

        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.CREATED);
        assertThat(response.getBody().path("minutes").asInt()).isEqualTo(90);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"-2026-12", "+2026-12", "12026-01", "2026-13", "2026-1", "2026-12-01", "x"})
    void aMonthThatIsNotYyyyMmIsRefusedByEveryEndpointThatTakesOne(String month) {
        for (String path : new String[] {"/api/engagements/" + caseNumber + "/hours?month=",
                "/api/engagements/" + caseNumber + "/sla?month=", "/api/reports/monthly?month="}) {
            ResponseEntity<JsonNode> response = send("manager", HttpMethod.GET,
                    path + java.net.URLEncoder.encode(month, java.nio.charset.StandardCharsets.UTF_8), null, null);

            assertProblem(response, HttpStatus.BAD_REQUEST, "month");
            assertThat(response.getBody().path("detail").asText()).as(path).contains("YYYY-MM");
        }
    }

    @Test
    void aGoodMonthIsStillAnswered() {
        for (String path : new String[] {"/api/engagements/" + caseNumber + "/hours?month=2026-12",
                "/api/engagements/" + caseNumber + "/sla?month=2026-12", "/api/reports/monthly?month=2026-11"}) {
            assertThat(send("manager", HttpMethod.GET, path, null, null).getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        }
    }
}
