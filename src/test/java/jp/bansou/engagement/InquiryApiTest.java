package jp.bansou.engagement;

import static jp.bansou.testing.ProblemAssertions.assertBadRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import jp.bansou.BansouTest;
import jp.bansou.platform.InvalidInputException;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code POST /api/inquiries}: the one public endpoint. */
@BansouTest
class InquiryApiTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    RuntimeService runtime;
    @Autowired
    JdbcClient jdbc;

    static final String GOOD = """
            {"organisation": "山田製作所", "contactName": "山田 太郎", "contactEmail": "taro@yamada.example",
             "employeeCount": 15, "message": "会議で何も決まらない", "preferredPace": "SLOW"}""";

    ResponseEntity<Map> post(String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-Forwarded-For", "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255));
        return http.postForEntity("/api/inquiries", new HttpEntity<>(json, headers), Map.class);
    }

    long cases() {
        return jdbc.sql("SELECT COUNT(*) FROM engagement").query(Long.class).single();
    }

    long instances() {
        return runtime.createProcessInstanceQuery().processDefinitionKey(EngagementProcess.PROCESS_ID).count();
    }

    @Test
    void aGoodInquiryNeedsNoLoginAndStartsACase() {
        ResponseEntity<Map> response = post(GOOD);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String caseNumber = (String) response.getBody().get("caseNumber");
        assertThat(caseNumber).matches("C-\\d{4}-\\d{4}");
        assertThat(response.getHeaders().getLocation()).hasPath("/api/engagements/" + caseNumber);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).active().count())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT preferred_pace FROM engagement WHERE case_number = ?").param(caseNumber)
                .query(String.class).single()).isEqualTo("SLOW");
    }

    @Test
    void anEngineStartWithACaseNumberAloneRegistersNoCase() {
        String existing = (String) post(GOOD).getBody().get("caseNumber");
        long casesBefore = cases();
        long instancesBefore = instances();

        assertThatThrownBy(() -> runtime.startProcessInstanceByKey(EngagementProcess.PROCESS_ID,
                Map.of(EngagementProcess.CASE_NUMBER, existing)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("contactName: must not be blank");
        assertThat(cases()).isEqualTo(casesBefore);
        assertThat(instances()).isEqualTo(instancesBefore);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing organisation    | "organisation": "山田製作所",             |                               | organisation
            empty contact name      | "contactName": "山田 太郎"                 | "contactName": "  "           | contactName
            bad e-mail              | "contactEmail": "taro@yamada.example"     | "contactEmail": "taro@"       | contactEmail
            negative employee count | "employeeCount": 15                       | "employeeCount": -3           | employeeCount
            employee count as text  | "employeeCount": 15                       | "employeeCount": "many"       | employeeCount
            unknown pace            | "preferredPace": "SLOW"                   | "preferredPace": "SPRINT"     | preferredPace
            unknown field           | "preferredPace": "SLOW"                   | "preferredPace": "SLOW", "budget": 1 | budget
            missing message         | , "message": "会議で何も決まらない"         |                               | message
            """)
    void badInputIsRefusedNamingTheFieldAndWritesNothing(String why, String replace, String with, String field) {
        long casesBefore = cases();
        long instancesBefore = instances();
        String json = GOOD.replace(replace.strip(), with == null ? "" : with.strip());

        ResponseEntity<Map> response = post(json);

        assertBadRequest(response, field);
        assertThat((String) response.getBody().get("detail")).contains(field);
        assertThat(cases()).isEqualTo(casesBefore);
        assertThat(instances()).isEqualTo(instancesBefore);
    }

    @Test
    void malformedJsonIsRefused() {
        ResponseEntity<Map> response = post("{\"organisation\": ");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) response.getBody().get("detail")).contains("body: is not valid JSON");
    }
}
