package jp.bansou.contract;

import static jp.bansou.testing.ProblemAssertions.assertBadRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;

import jp.bansou.BansouTest;
import jp.bansou.engagement.EngagementProcess;
import jp.bansou.plan.Plan;
import jp.bansou.platform.BusinessTime;
import jp.bansou.testing.EngagementFixture;
import jp.bansou.testing.TestClock;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** {@code POST /api/engagements/{caseNumber}/notices}. */
@BansouTest
class NoticeApiTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Autowired
    TestRestTemplate http;
    @Autowired
    EngagementFixture fixture;
    @Autowired
    ContractService contracts;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;

    String caseNumber;

    @BeforeEach
    void signed() {
        TestClock.setTokyo(TODAY);
        caseNumber = fixture.signedContract(Plan.STANDARD, LocalDate.of(2026, 12, 1));
    }

    ResponseEntity<Map> post(String user, String caseNumber, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        TestRestTemplate client = user == null ? http : http.withBasicAuth(user, user);
        return client.postForEntity("/api/engagements/" + caseNumber + "/notices", new HttpEntity<>(json, headers),
                Map.class);
    }

    static String notice(String kind, String date, String newPlan) {
        return """
                {"kind": "%s", "party": "CLIENT", "noticeDate": "%s", "reason": "体制変更 (Reorganisation)"%s}"""
                .formatted(kind, date, newPlan == null ? "" : ", \"newPlan\": \"" + newPlan + "\"");
    }

    long noticeSubprocesses() {
        return runtime.createExecutionQuery().processInstanceBusinessKey(caseNumber)
                .activityId(EngagementProcess.GATEWAY_NOTICE_OUTCOME).count();
    }

    Date effectiveTimer() {
        Job timer = management.createJobQuery().processInstanceId(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(caseNumber).processDefinitionKey(EngagementProcess.PROCESS_ID).singleResult().getId())
                .activityId(EngagementProcess.EVENT_NOTICE_EFFECTIVE).singleResult();
        return timer == null ? null : timer.getDuedate();
    }

    static Date tokyoMidnight(LocalDate date) {
        return Date.from(date.atStartOfDay(BusinessTime.ZONE).toInstant());
    }

    ResponseEntity<Map> withdraw(String user, long noticeId, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        TestRestTemplate client = user == null ? http : http.withBasicAuth(user, user);
        return client.postForEntity("/api/engagements/" + caseNumber + "/notices/" + noticeId + "/withdrawal",
                new HttpEntity<>(json, headers), Map.class);
    }

    static String withEffectiveOn(String notice, String effectiveOn) {
        return notice.substring(0, notice.length() - 1) + ", \"effectiveOn\": \"" + effectiveOn + "\"}";
    }

    @Test
    void theConsultantGivesACancellationNoticeThatTakesEffectAMonthLater() {
        ResponseEntity<Map> response = post("consultant", caseNumber, notice("CANCELLATION", "2026-11-23", null));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(response.getBody()).containsEntry("effectiveOn", "2026-12-23").containsEntry("kind", "CANCELLATION");
        assertThat(noticeSubprocesses()).isEqualTo(1);
        assertThat(contracts.notices(caseNumber)).singleElement()
                .satisfies(n -> assertThat(n.recordedBy()).isEqualTo("consultant"));
    }

    @Test
    void aManagerMayGiveARevisionNotice() {
        ResponseEntity<Map> response = post("manager", caseNumber, notice("REVISION", "2026-12-01", "LIGHT"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(response.getBody()).containsEntry("newPlan", "LIGHT").containsEntry("effectiveOn", "2027-01-01");
    }

    @Test
    void badNoticesAreRefusedNamingTheFieldAndWriteNothing() {
        assertRefused(notice("CANCELLATION", "2026-11-15", null), "noticeDate");
        assertRefused(notice("CANCELLATION", "2026-11-22", null), "noticeDate");
        assertRefused(notice("REVISION", "2026-11-23", null), "newPlan");
        assertRefused(notice("REVISION", "2026-11-23", "STANDARD"), "newPlan");
        assertRefused(notice("CANCELLATION", "2026-11-23", "LIGHT"), "newPlan");
        assertRefused(notice("PAUSE", "2026-11-23", null), "kind");
        assertRefused(notice("CANCELLATION", "23/11/2026", null), "noticeDate");
        assertRefused("""
                {"kind": "CANCELLATION", "party": "CLIENT", "noticeDate": "2026-11-23"}""", "reason");
        assertRefused("[]", "body");
    }

    @Test
    void aNoticeMayNameALaterEffectiveDate() {
        ResponseEntity<Map> response = post("consultant", caseNumber,
                withEffectiveOn(notice("CANCELLATION", "2026-11-23", null), "2027-01-31"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(response.getBody()).containsEntry("effectiveOn", "2027-01-31").containsEntry("status", "PENDING");
        assertThat(effectiveTimer()).isEqualTo(tokyoMidnight(LocalDate.of(2027, 1, 31)));
    }

    @Test
    void anEffectiveDateEarlierThanTheNoticePeriodAllowsIsRefusedNamingTheEarliestDate() {
        ResponseEntity<Map> response = post("consultant", caseNumber,
                withEffectiveOn(notice("REVISION", "2026-11-23", "LIGHT"), "2026-12-22"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors").toString()).contains("field=effectiveOn")
                .contains("must not be earlier than 2026-12-23");
        assertThat(contracts.notices(caseNumber)).isEmpty();
        assertThat(noticeSubprocesses()).isZero();
        assertThat(post("consultant", caseNumber, withEffectiveOn(notice("REVISION", "2026-11-23", "LIGHT"),
                "2026-12-23")).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void aNoticeReceivedUpToAWeekBeforeKeepsItsDateBesideTheDateItWasRecorded() {
        TestClock.setTokyo(TODAY.minusDays(20));
        caseNumber = fixture.signedContract(Plan.STANDARD, TODAY.minusDays(15));
        TestClock.setTokyo(TODAY);

        ResponseEntity<Map> tooOld = post("consultant", caseNumber, notice("CANCELLATION", "2026-11-15", null));
        ResponseEntity<Map> aWeekOld = post("consultant", caseNumber, notice("CANCELLATION", "2026-11-16", null));

        assertThat(tooOld.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooOld.getBody().get("errors").toString()).contains("field=noticeDate")
                .contains("must not be earlier than 2026-11-16");
        assertThat(aWeekOld.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(aWeekOld.getBody()).containsEntry("noticeDate", "2026-11-16").containsEntry("recordedOn", "2026-11-23")
                .containsEntry("effectiveOn", "2026-12-16");
        assertThat(effectiveTimer()).isEqualTo(tokyoMidnight(LocalDate.of(2026, 12, 16)));
    }

    @Test
    void aNoticeDatedBeforeTheContractWasSignedIsRefused() {
        assertRefused(notice("CANCELLATION", "2026-11-20", null), "noticeDate");
    }

    @Test
    void onlyAManagerMayWithdrawANoticeWithAReasonAndItThenNeverTakesEffect() {
        long id = ((Number) post("consultant", caseNumber, notice("CANCELLATION", "2026-11-23", null)).getBody()
                .get("id")).longValue();
        String reason = """
                {"reason": "クライアントが継続を希望 (The client wants to continue)"}""";

        assertThat(withdraw(null, id, reason).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(withdraw("consultant", id, reason).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(withdraw("manager", id, "{\"reason\": \" \"}").getBody().get("errors").toString())
                .contains("field=reason");
        assertThat(contracts.notice(id).status()).isEqualTo(NoticeStatus.PENDING);
        assertThat(noticeSubprocesses()).isEqualTo(1);

        ResponseEntity<Map> withdrawn = withdraw("manager", id, reason);

        assertThat(withdrawn.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(withdrawn.getBody()).containsEntry("status", "WITHDRAWN").containsEntry("withdrawnBy", "manager")
                .containsEntry("withdrawalReason", "クライアントが継続を希望 (The client wants to continue)");
        assertThat(noticeSubprocesses()).isZero();
        assertThat(effectiveTimer()).isNull();
        assertThat(history.createHistoricActivityInstanceQuery().activityId(EngagementProcess.END_NOTICE_WITHDRAWN)
                .processInstanceId(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                        .processDefinitionKey(EngagementProcess.PROCESS_ID).singleResult().getId()).count()).isEqualTo(1);
        assertThat(withdraw("manager", id, reason).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(withdraw("manager", id + 1000, reason).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(post("consultant", caseNumber, notice("CANCELLATION", "2026-11-23", null)).getStatusCode())
                .as("a withdrawn cancellation no longer blocks a new one").isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void aCaseWithoutARunningContractCannotTakeNotice() {
        String inquiry = fixture.inquiry();

        ResponseEntity<Map> response = post("manager", inquiry, notice("CANCELLATION", "2026-11-23", null));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) response.getBody().get("detail")).contains("has no running contract");
    }

    @Test
    void anUnknownCaseIsNotFound() {
        ResponseEntity<Map> response = post("manager", "C-2026-9999", notice("CANCELLATION", "2026-11-23", null));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat((String) response.getBody().get("detail")).contains("C-2026-9999");
    }

    @Test
    void onlyTheCasesConsultantAndManagersMayGiveNotice() {
        assertThat(post("consultant2", caseNumber, notice("CANCELLATION", "2026-11-23", null)).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post(null, caseNumber, notice("CANCELLATION", "2026-11-23", null)).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(contracts.notices(caseNumber)).isEmpty();
    }

    void assertRefused(String json, String field) {
        ResponseEntity<Map> response = post("consultant", caseNumber, json);

        assertBadRequest(response, field);
        assertThat(contracts.notices(caseNumber)).isEmpty();
        assertThat(noticeSubprocesses()).isZero();
    }
}
