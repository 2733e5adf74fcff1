package jp.bansou.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import jp.bansou.BansouTest;
import jp.bansou.engagement.Plan;
import jp.bansou.testing.EngagementFixture;
import jp.bansou.testing.TestClock;

import org.camunda.bpm.engine.RuntimeService;
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
                .activityId("Event_NoticeEffective").count();
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

        assertThat(response.getStatusCode()).as(json).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors").toString()).as(json).contains("field=" + field);
        assertThat(contracts.notices(caseNumber)).isEmpty();
        assertThat(noticeSubprocesses()).isZero();
    }
}
