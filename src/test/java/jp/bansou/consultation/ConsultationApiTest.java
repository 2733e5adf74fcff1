package jp.bansou.consultation;

import static jp.bansou.testing.ProblemAssertions.assertBadRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.bansou.BansouTest;
import jp.bansou.plan.Plan;
import jp.bansou.testing.EngagementFixture;
import jp.bansou.testing.TestClock;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The consultation API over real HTTP, through the security filters, as the demo users. Every refused request
 * leaves nothing behind: no consultation, no process instance, no change to an open reply.
 */
@BansouTest
class ConsultationApiTest {


    @Autowired
    TestRestTemplate rest;
    @Autowired
    EngagementFixture fixture;
    @Autowired
    ConsultationService consultations;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;

    String caseNumber;

    @BeforeEach
    void caseUnderStandardContract() {
        caseNumber = fixture.caseUnderContract(Plan.STANDARD);
        TestClock.setTokyo(LocalDateTime.of(2026, 12, 7, 10, 5));
    }

    static Map<String, Object> consultation(String receivedAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("channel", "EMAIL");
        body.put("receivedAt", receivedAt);
        body.put("sender", "佐藤 花子 <hanako@client.example>");
        body.put("subject", "評価制度の見直し (Reviewing the appraisal system)");
        return body;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    ResponseEntity<Map<String, Object>> post(String user, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (user != null) {
            headers.setBasicAuth(user, user);
        }
        ResponseEntity<Map> response = rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), Map.class);
        return (ResponseEntity) response;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    ResponseEntity<Map<String, Object>> get(String user, String path) {
        return (ResponseEntity) rest.withBasicAuth(user, user).getForEntity(path, Map.class);
    }

    ResponseEntity<Map<String, Object>> receive(String user, String caseNumber, Object body) {
        return post(user, "/api/engagements/" + caseNumber + "/consultations", body);
    }

    long received(String receivedAt) {
        ResponseEntity<Map<String, Object>> response = receive("consultant", caseNumber, consultation(receivedAt));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return ((Number) response.getBody().get("id")).longValue();
    }

    ResponseEntity<Map<String, Object>> reply(String user, long id, Integer minutes, String summary) {
        Map<String, Object> body = new HashMap<>();
        body.put("minutes", minutes);
        body.put("summary", summary);
        return post(user, "/api/consultations/" + id + "/reply", body);
    }

    long consultationInstances() {
        return runtime.createProcessInstanceQuery().processDefinitionKey(ConsultationProcess.PROCESS_ID).count();
    }

    @Nested
    class Receive {

        long instancesBefore;

        @BeforeEach
        void count() {
            instancesBefore = consultationInstances();
        }

        void assertNothingWritten() {
            assertThat(consultations.consultations(caseNumber)).isEmpty();
            assertThat(consultationInstances()).isEqualTo(instancesBefore);
        }

        @Test
        void answers201WithTheIdAndTheDueTimeInTokyo() {
            ResponseEntity<Map<String, Object>> response = receive("consultant", caseNumber,
                    consultation("2026-12-07T10:00:00+09:00"));

            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            long id = ((Number) response.getBody().get("id")).longValue();
            assertThat(response.getHeaders().getLocation()).hasPath("/api/consultations/" + id);
            assertThat(response.getBody())
                    .containsEntry("dueAt", "2026-12-08T18:00:00+09:00")
                    .containsEntry("reminderAt", "2026-12-08T14:00:00+09:00")
                    .containsEntry("plan", "STANDARD")
                    .containsEntry("consultant", "consultant")
                    .containsEntry("businessKey", caseNumber + "/" + id);
            assertThat(get("consultant", "/api/consultations/" + id).getBody()).containsEntry("channel", "EMAIL");
            assertThat(rest.withBasicAuth("manager", "manager")
                    .getForEntity("/api/engagements/" + caseNumber + "/consultations", List.class).getBody())
                    .hasSize(1);
        }

        @Test
        void takesAReceiptTimeInAnyOffset() {
            ResponseEntity<Map<String, Object>> response = receive("consultant", caseNumber,
                    consultation("2026-12-06T19:00:00-06:00"));

            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            assertThat(response.getBody()).containsEntry("receivedAt", "2026-12-07T10:00:00+09:00")
                    .containsEntry("dueAt", "2026-12-08T18:00:00+09:00");
        }

        @Test
        void refusesAMissingReceiptTime() {
            Map<String, Object> body = consultation(null);

            assertBadRequest(receive("consultant", caseNumber, body), "receivedAt", "is required");
            assertNothingWritten();
        }

        @ParameterizedTest(name = "receivedAt={0}")
        @ValueSource(strings = {"2026-12-07", "2026-12-07T10:00:00", "2026-12-07 10:00+09:00", "yesterday",
                "2026-02-30T10:00:00+09:00"})
        void refusesAReceiptTimeThatIsNoDateTimeWithOffset(String receivedAt) {
            assertBadRequest(receive("consultant", caseNumber, consultation(receivedAt)), "receivedAt",
                    "expected an ISO-8601 date-time with offset");
            assertNothingWritten();
        }

        @Test
        void refusesAReceiptTimeInTheFuture() {
            assertBadRequest(receive("consultant", caseNumber, consultation("2026-12-07T11:00:00+09:00")),
                    "receivedAt", "must not be in the future");
            assertNothingWritten();
        }

        @Test
        void toleratesASendersClockAFewSecondsFast() {
            ResponseEntity<Map<String, Object>> response = receive("consultant", caseNumber,
                    consultation("2026-12-07T10:05:30+09:00"));

            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        }

        @Test
        void refusesAPlanInTheRequestTheSlaComesFromTheContract() {
            Map<String, Object> body = consultation("2026-12-07T10:00:00+09:00");
            body.put("plan", "PREMIUM");

            assertBadRequest(receive("consultant", caseNumber, body), "plan", "is not a known field");
            assertNothingWritten();
        }

        @Test
        void refusesAReceiptWhenNoPlanWasInForce() {
            assertBadRequest(receive("consultant", caseNumber, consultation("2026-11-30T10:00:00+09:00")),
                    "receivedAt", "had no contract on 2026-11-30");
            assertNothingWritten();
        }

        @Test
        void refusesAnUnknownChannelAndMissingSenderAndSubjectAllAtOnce() {
            Map<String, Object> body = consultation("2026-12-07T10:00:00+09:00");
            body.put("channel", "FAX");
            body.put("sender", " ");
            body.remove("subject");

            ResponseEntity<Map<String, Object>> response = receive("consultant", caseNumber, body);

            assertBadRequest(response, "channel", "must be one of [EMAIL, CHAT]");
            assertBadRequest(response, "sender", "is required");
            assertBadRequest(response, "subject", "is required");
            assertNothingWritten();
        }

        @Test
        void refusesABodyThatIsNoJson() {
            assertBadRequest(receive("consultant", caseNumber, "{not json"), "body", "is not valid JSON");
            assertNothingWritten();
        }

        @Test
        void answers404ForAnUnknownCase() {
            ResponseEntity<Map<String, Object>> response = receive("manager", "C-2026-9999",
                    consultation("2026-12-07T10:00:00+09:00"));

            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(response.getBody().get("detail")).isEqualTo("No case C-2026-9999");
            assertThat(consultationInstances()).isEqualTo(instancesBefore);
        }

        @Test
        void refusesACaseWithoutARunningContract() {
            String prospect = fixture.inquiry();

            assertBadRequest(receive("manager", prospect, consultation("2026-12-07T10:00:00+09:00")), "caseNumber",
                    prospect + " has no running contract");
            assertThat(consultations.consultations(prospect)).isEmpty();
            assertThat(consultationInstances()).isEqualTo(instancesBefore);
        }

        @Test
        void answers403ToAConsultantNotOnTheCase() {
            ResponseEntity<Map<String, Object>> response = receive("consultant2", caseNumber,
                    consultation("2026-12-07T10:00:00+09:00"));

            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertNothingWritten();
        }

        @Test
        void answers401WithoutCredentials() {
            assertThat(receive(null, caseNumber, consultation("2026-12-07T10:00:00+09:00")).getStatusCode())
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
            assertNothingWritten();
        }
    }

    @Nested
    class Reply {

        long id;

        @BeforeEach
        void received() {
            id = ConsultationApiTest.this.received("2026-12-07T10:00:00+09:00");
            TestClock.setTokyo(LocalDateTime.of(2026, 12, 7, 16, 0));
        }

        String replyTaskAssignee() {
            return tasks.createTaskQuery().processInstanceId(consultations.get(id).processInstanceId())
                    .taskDefinitionKey(ConsultationProcess.TASK_REPLY).singleResult().getAssignee();
        }

        @Test
        void theConsultantsReplyCompletesTheReplyTask() {
            String instanceId = consultations.get(id).processInstanceId();

            ResponseEntity<Map<String, Object>> response = reply("consultant", id, 25, "次回の議題を提案 (Proposed the next agenda)");

            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(response.getBody().get("reply")).asInstanceOf(InstanceOfAssertFactories.MAP)
                    .containsEntry("repliedAt", "2026-12-07T16:00:00+09:00")
                    .containsEntry("repliedBy", "consultant")
                    .containsEntry("minutes", 25)
                    .containsEntry("inTime", true)
                    .doesNotContainKey("delayMinutes");
            assertThat(runtime.createProcessInstanceQuery().processInstanceId(instanceId).count()).isZero();
        }

        @Test
        void aManagersReplyIsRecordedAsTheirs() {
            reply("manager", id, 10, "代わりに返信 (Replied on the consultant's behalf)");

            assertThat(consultations.get(id).reply().repliedBy()).isEqualTo("manager");
        }

        @Test
        void aSecondReplyIsAConflictAndTheFirstStands() {
            reply("consultant", id, 25, "最初の返信 (First reply)");

            ResponseEntity<Map<String, Object>> again = reply("manager", id, 40, "二度目 (Second)");

            assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
            assertThat((String) again.getBody().get("detail")).contains("already answered");
            assertThat(consultations.get(id).reply()).satisfies(first -> {
                assertThat(first.repliedBy()).isEqualTo("consultant");
                assertThat(first.minutes()).isEqualTo(25);
            });
        }

        @Test
        void refusesInvalidValuesAndLeavesTheReplyOpenWithItsAssignee() {
            ResponseEntity<Map<String, Object>> response = reply("manager", id, 0, null);

            assertBadRequest(response, "minutes", "must be at least 1");
            assertBadRequest(response, "summary", "is required");
            assertThat(consultations.get(id).reply()).isNull();
            assertThat(replyTaskAssignee()).isEqualTo("consultant");
        }

        @Test
        void refusesMinutesBeyondADay() {
            assertBadRequest(reply("consultant", id, 1441, "長すぎ (Too long)"), "minutes", "must be at most 1440");
            assertThat(consultations.get(id).reply()).isNull();
        }

        @Test
        void answers404ForAnUnknownConsultation() {
            assertThat(reply("manager", 987654, 10, "x").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        }

        @Test
        void answers403ToAConsultantNotOnTheCase() {
            assertThat(reply("consultant2", id, 10, "x").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(get("consultant2", "/api/consultations/" + id).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(consultations.get(id).reply()).isNull();
            assertThat(replyTaskAssignee()).isEqualTo("consultant");
        }
    }

    @Nested
    class Sla {

        void replyAt(long id, LocalDateTime tokyo) {
            TestClock.setTokyo(tokyo);
            consultations.reply(id, 20, "返信 (Reply)", "consultant");
        }

        @Test
        void figuresOfTheMonthInTokyo() {
            TestClock.setTokyo(LocalDateTime.of(2026, 12, 7, 11, 5));
            long inTime = received("2026-12-07T09:00:00+09:00");
            long late60 = received("2026-12-07T10:00:00+09:00");
            long late180 = received("2026-12-07T11:00:00+09:00");
            replyAt(inTime, LocalDateTime.of(2026, 12, 7, 12, 0));
            TestClock.setTokyo(LocalDateTime.of(2026, 12, 8, 10, 5));
            received("2026-12-08T10:00:00+09:00"); // due Wed 18:00, still open on Thursday
            replyAt(late60, LocalDateTime.of(2026, 12, 9, 10, 0));
            replyAt(late180, LocalDateTime.of(2026, 12, 9, 12, 0));
            TestClock.setTokyo(LocalDateTime.of(2026, 12, 10, 10, 0));
            received("2026-12-10T09:30:00+09:00"); // due Fri 18:00

            ResponseEntity<Map<String, Object>> response = get("consultant",
                    "/api/engagements/" + caseNumber + "/sla?month=2026-12");

            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(response.getBody())
                    .containsEntry("month", "2026-12")
                    .containsEntry("asOf", "2026-12-10T10:00:00+09:00")
                    .containsEntry("consultations", 5)
                    .containsEntry("repliedInTime", 1)
                    .containsEntry("breached", 3)
                    .containsEntry("open", 2)
                    .containsEntry("medianDelayMinutes", 120)
                    .containsEntry("worstDelayMinutes", 180);
            assertThat(get("manager", "/api/engagements/" + caseNumber + "/sla?month=2027-01").getBody())
                    .containsEntry("consultations", 0)
                    .doesNotContainKeys("medianDelayMinutes", "worstDelayMinutes");
        }

        @ParameterizedTest(name = "month={0}")
        @ValueSource(strings = {"2026-13", "2026-12-01", "december", ""})
        void refusesAMonthThatIsNotYyyyMm(String month) {
            assertBadRequest(get("consultant", "/api/engagements/" + caseNumber + "/sla?month=" + month), "month",
                    "expected YYYY-MM");
        }

        @Test
        void refusesAMissingMonth() {
            assertBadRequest(get("consultant", "/api/engagements/" + caseNumber + "/sla"), "month", "is required");
        }

        @Test
        void answers404ForAnUnknownCaseAnd403ToAnotherConsultant() {
            assertThat(get("manager", "/api/engagements/C-2026-9999/sla?month=2026-12").getStatusCode())
                    .isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(get("consultant2", "/api/engagements/" + caseNumber + "/sla?month=2026-12").getStatusCode())
                    .isEqualTo(HttpStatus.FORBIDDEN);
        }
    }
}
