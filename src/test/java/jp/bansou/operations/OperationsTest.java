package jp.bansou.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jp.bansou.BansouTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Actuator and the API description: reachable with the right roles only. */
@BansouTest
class OperationsTest {

    @Autowired
    TestRestTemplate http;

    TestRestTemplate as(String user) {
        return user == null ? http : http.withBasicAuth(user, user);
    }

    @Test
    void anyoneSeesTheHealthStatusOnlyManagersSeeItsDetails() {
        ResponseEntity<Map> anonymous = http.getForEntity("/actuator/health", Map.class);
        ResponseEntity<Map> manager = as("manager").getForEntity("/actuator/health", Map.class);

        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(anonymous.getBody()).containsOnlyKeys("status");
        assertThat((Map<String, Object>) manager.getBody().get("components"))
                .containsKeys("db", "processEngine", "quartz"); // the job executor is off in these tests
        assertThat(as("consultant").getForEntity("/actuator/health", Map.class).getBody()).containsOnlyKeys("status");
    }

    @Test
    void infoListsTheDeployedProcessVersionsForManagers() {
        ResponseEntity<Map> info = as("manager").getForEntity("/actuator/info", Map.class);

        assertThat(info.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((Map<String, Object>) info.getBody().get("processes")).containsKey("engagement");
        assertThat(as("consultant").getForEntity("/actuator/info", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.getForEntity("/actuator/info", Map.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void prometheusScrapesWithAManagersOrAdminsCredentials() {
        ResponseEntity<String> admin = as("admin").getForEntity("/actuator/prometheus", String.class);

        assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(admin.getBody()).contains("bansou_jobs_due");
        assertThat(as("consultant").getForEntity("/actuator/prometheus", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theApiDescriptionIsForTheApisUsers() {
        ResponseEntity<String> docs = as("consultant").getForEntity("/v3/api-docs", String.class);

        assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(docs.getBody()).contains("/api/inquiries", "\"429\"", "/api/engagements/{caseNumber}/notices",
                "application/problem+json");
        assertThat(http.getForEntity("/v3/api-docs", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(as("consultant").getForEntity("/swagger-ui/index.html", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }
}
