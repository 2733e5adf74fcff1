package jp.bansou.security;

import static jp.bansou.testing.EngagementFixture.standardHearing;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jp.bansou.BansouTest;
import jp.bansou.engagement.EngagementProcess;
import jp.bansou.plan.Plan;
import jp.bansou.testing.EngagementFixture;
import jp.bansou.testing.TestClock;
import jp.bansou.testing.WebappSession;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Who may do what, for anonymous callers, the case's consultant, another consultant and a manager: over the
 * service's API, the engine REST API and the REST calls Tasklist makes.
 */
@BansouTest
class AccessMatrixTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Autowired
    TestRestTemplate http;
    @Autowired
    EngagementFixture fixture;
    @LocalServerPort
    int port;

    /** A case at プラン提案 (Propose plan), assigned to {@code consultant}. */
    String proposing;
    /** A case under contract with {@code consultant}. */
    String contracted;

    @BeforeEach
    void cases() {
        TestClock.setTokyo(TODAY);
        proposing = fixture.inquiry();
        fixture.complete(proposing, EngagementProcess.TASK_HEARING, standardHearing());
        contracted = fixture.signedContract(Plan.STANDARD, TODAY.plusDays(8));
    }

    TestRestTemplate as(String user) {
        return "anonymous".equals(user) ? http : http.withBasicAuth(user, user);
    }

    ResponseEntity<String> call(String user, HttpMethod method, String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return as(user).exchange(path, method, new HttpEntity<>(json, headers), String.class);
    }

    @Nested
    class ServiceApi {

        @ParameterizedTest(name = "{0} GET case file → {1}")
        @CsvSource({"anonymous, 401", "consultant, 200", "consultant2, 403", "manager, 200"})
        void caseFile(String user, int status) {
            assertThat(call(user, HttpMethod.GET, "/api/engagements/" + contracted, null).getStatusCode().value())
                    .isEqualTo(status);
        }

        @ParameterizedTest(name = "{0} lists cases → {1}, sees the case: {2}")
        @CsvSource({"anonymous, 401, false", "consultant, 200, true", "consultant2, 200, false", "manager, 200, true"})
        void caseList(String user, int status, boolean seesTheCase) {
            ResponseEntity<String> response = call(user, HttpMethod.GET, "/api/engagements", null);

            assertThat(response.getStatusCode().value()).isEqualTo(status);
            if (status == 200) {
                assertThat(response.getBody().contains(contracted)).isEqualTo(seesTheCase);
            }
        }

        @ParameterizedTest(name = "{0} gives notice → {1}")
        @CsvSource(delimiter = '|', value = {
                "anonymous   | 401 | CANCELLATION", "consultant2 | 403 | CANCELLATION",
                "consultant  | 201 | CANCELLATION", "manager     | 201 | REVISION"})
        void notices(String user, int status, String kind) {
            String body = """
                    {"kind": "%s", "party": "CLIENT", "noticeDate": "%s", "reason": "r"%s}"""
                    .formatted(kind, TODAY, kind.equals("REVISION") ? ", \"newPlan\": \"LIGHT\"" : "");

            assertThat(call(user, HttpMethod.POST, "/api/engagements/" + contracted + "/notices", body)
                    .getStatusCode().value()).isEqualTo(status);
        }

        @ParameterizedTest(name = "{0} reassigns → {1}")
        @CsvSource({"anonymous, 401", "consultant, 403", "consultant2, 403", "manager, 200"})
        void reassignment(String user, int status) {
            assertThat(call(user, HttpMethod.PUT, "/api/engagements/" + contracted + "/consultant",
                    "{\"consultant\": \"consultant2\"}").getStatusCode().value()).isEqualTo(status);
        }

        @ParameterizedTest(name = "{0} uses the calendar → {1}")
        @CsvSource({"anonymous, 401", "consultant, 200", "consultant2, 200", "manager, 200"})
        void calendar(String user, int status) {
            assertThat(call(user, HttpMethod.GET, "/api/calendar/business-days?from=2026-11-01&to=2026-11-30", null)
                    .getStatusCode().value()).isEqualTo(status);
        }

        @Test
        void onlyTheInquiryIsOpenToAnyone() {
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_JSON);
            headers.set("X-Forwarded-For", "192.0.2.44");
            assertThat(http.postForEntity("/api/inquiries", new HttpEntity<>("""
                    {"organisation": "O", "contactName": "N", "contactEmail": "n@o.example",
                     "employeeCount": 3, "message": "m"}""", headers), String.class).getStatusCode())
                    .isEqualTo(HttpStatus.CREATED);
        }
    }

    /** The endpoints of hours, consultations, enablement and the monthly report, on a case under contract. */
    @Nested
    class FeatureApis {

        String running;
        long entryId;
        long consultationId;

        @BeforeEach
        void aRunningContractWithAnEntryAndAConsultation() {
            running = fixture.signedContract(Plan.STANDARD, TODAY.minusDays(10));
            entryId = id(call("consultant", HttpMethod.POST, "/api/engagements/" + running + "/time-entries",
                    ENTRY));
            consultationId = id(call("consultant", HttpMethod.POST, "/api/engagements/" + running
                    + "/consultations", CONSULTATION));
        }

        static final String ENTRY = """
                {"workDate": "2026-11-20", "minutes": 30, "category": "PREPARATION"}""";
        static final String CONSULTATION = """
                {"channel": "EMAIL", "receivedAt": "2026-11-23T09:30:00+09:00", "sender": "s", "subject": "s"}""";

        long id(ResponseEntity<String> created) {
            assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
            try {
                return new com.fasterxml.jackson.databind.ObjectMapper().readTree(created.getBody()).path("id").asLong();
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }

        @ParameterizedTest(name = "{0} {1} → anonymous {3}, consultant {4}, other consultant {5}, manager {6}")
        @CsvSource(delimiter = '|', value = {
                "GET  | /api/engagements/{case}/enablement                     |         | 401 | 200 | 403 | 200",
                "GET  | /api/engagements/{case}/hours?month=2026-11            |         | 401 | 200 | 403 | 200",
                "GET  | /api/engagements/{case}/time-entries/{entry}           |         | 401 | 200 | 403 | 200",
                "POST | /api/engagements/{case}/time-entries                   | ENTRY   | 401 | 201 | 403 | 201",
                "GET  | /api/engagements/{case}/consultations                  |         | 401 | 200 | 403 | 200",
                "POST | /api/engagements/{case}/consultations                  | CONSULT | 401 | 201 | 403 | 201",
                "GET  | /api/consultations/{consultation}                      |         | 401 | 200 | 403 | 200",
                "GET  | /api/engagements/{case}/sla?month=2026-11              |         | 401 | 200 | 403 | 200",
                "GET  | /api/reports/monthly?month=2026-10                     |         | 401 | 403 | 403 | 200"})
        void whoMayCallIt(String method, String path, String body, int anonymous, int consultant,
                int otherConsultant, int manager) {
            String json = body == null ? null : body.equals("ENTRY") ? ENTRY : CONSULTATION;
            Map<String, Integer> expected = Map.of("anonymous", anonymous, "consultant2", otherConsultant,
                    "manager", manager, "consultant", consultant);
            for (String user : List.of("anonymous", "consultant2", "manager", "consultant")) {
                String url = path.replace("{case}", running).replace("{entry}", String.valueOf(entryId))
                        .replace("{consultation}", String.valueOf(consultationId));
                assertThat(call(user, HttpMethod.valueOf(method), url, json).getStatusCode().value())
                        .as(user + " " + method + " " + url).isEqualTo(expected.get(user));
            }
        }

        /** An entry can be reversed once, so each user tries on a fresh one. */
        @ParameterizedTest(name = "{0} reverses an entry → {1}")
        @CsvSource({"anonymous, 401", "consultant2, 403", "consultant, 201", "manager, 201"})
        void reversal(String user, int status) {
            assertThat(call(user, HttpMethod.POST, "/api/engagements/" + running + "/time-entries/" + entryId
                    + "/reversal", "{}").getStatusCode().value()).isEqualTo(status);
        }

        @ParameterizedTest(name = "{0} replies → {1}")
        @CsvSource({"anonymous, 401", "consultant2, 403", "consultant, 200"})
        void reply(String user, int status) {
            assertThat(call(user, HttpMethod.POST, "/api/consultations/" + consultationId + "/reply",
                    "{\"minutes\": 10, \"summary\": \"返信 (Replied)\"}").getStatusCode().value()).isEqualTo(status);
        }
    }

    @Nested
    class EngineRest {

        @ParameterizedTest(name = "{0} sees {1} task(s) and {1} instance(s) of the case")
        @CsvSource({"consultant, 1", "consultant2, 0", "manager, 1"})
        void tasksAndInstances(String user, int visible) {
            assertThat(list(user, "/engine-rest/task?processInstanceBusinessKey=" + proposing)).hasSize(visible);
            assertThat(list(user, "/engine-rest/process-instance?businessKey=" + proposing)).hasSize(visible);
        }

        @Test
        void anonymousCallsAreRefused() {
            assertThat(call("anonymous", HttpMethod.GET, "/engine-rest/task", null).getStatusCode())
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
        }

        @Test
        void anotherConsultantCannotCompleteTheTask() {
            String taskId = fixture.task(proposing, EngagementProcess.TASK_PROPOSE_PLAN).getId();

            ResponseEntity<String> response = call("consultant2", HttpMethod.POST,
                    "/engine-rest/task/" + taskId + "/complete", "{\"variables\": {\"plan\": {\"value\": \"STANDARD\"}}}");

            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(fixture.task(proposing, EngagementProcess.TASK_PROPOSE_PLAN)).isNotNull();
        }

        List<Map<String, Object>> list(String user, String path) {
            ResponseEntity<List> response = as(user).getForEntity(path, List.class);
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
            return response.getBody();
        }
    }

    @Nested
    class Tasklist {

        @ParameterizedTest(name = "{0} logs in to {1} → {2}")
        @CsvSource({"consultant, tasklist, 200", "consultant, cockpit, 403", "manager, cockpit, 200",
                "manager, tasklist, 200", "consultant2, tasklist, 200"})
        void applications(String user, String app, int status) {
            assertThat(WebappSession.login(port, app, user).loginStatus()).isEqualTo(status);
        }

        @ParameterizedTest(name = "{0} sees the case's task in Tasklist: {1}")
        @CsvSource({"consultant, true", "consultant2, false", "manager, true"})
        void tasklistShowsOnlyTheTasksTheUserMayWorkOn(String user, boolean sees) {
            WebappSession tasklist = WebappSession.login(port, "tasklist", user);

            var tasks = tasklist.get("/camunda/api/engine/engine/default/task?processInstanceBusinessKey=" + proposing);

            assertThat(tasks.statusCode()).isEqualTo(200);
            assertThat(tasks.body().contains(EngagementProcess.TASK_PROPOSE_PLAN)).isEqualTo(sees);
        }

        @Test
        void reassigningTheCaseMovesItsTasksAndRights() {
            call("manager", HttpMethod.PUT, "/api/engagements/" + proposing + "/consultant",
                    "{\"consultant\": \"consultant2\"}");

            assertThat(WebappSession.login(port, "tasklist", "consultant2")
                    .get("/camunda/api/engine/engine/default/task?processInstanceBusinessKey=" + proposing).body())
                    .contains(EngagementProcess.TASK_PROPOSE_PLAN).contains("\"assignee\":\"consultant2\"");
            assertThat(WebappSession.login(port, "tasklist", "consultant")
                    .get("/camunda/api/engine/engine/default/task?processInstanceBusinessKey=" + proposing).body())
                    .doesNotContain(EngagementProcess.TASK_PROPOSE_PLAN);
            assertThat(call("consultant", HttpMethod.GET, "/api/engagements/" + proposing, null).getStatusCode())
                    .isEqualTo(HttpStatus.FORBIDDEN);
        }
    }
}
