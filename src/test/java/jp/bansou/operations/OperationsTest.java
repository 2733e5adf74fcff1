package jp.bansou.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;

import jp.bansou.BansouTest;
import jp.bansou.hours.HourLedger;
import jp.bansou.hours.NewTimeEntry;
import jp.bansou.hours.TimeEntryCategory;
import jp.bansou.plan.Plan;
import jp.bansou.testing.EngagementFixture;
import jp.bansou.testing.TestClock;

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
    @Autowired
    MeterRegistry registry;
    @Autowired
    EngagementFixture fixture;
    @Autowired
    HourLedger ledger;

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
        assertThat(admin.getBody()).contains("bansou_jobs_due", "bansou_jobs_failed",
                "bansou_consultations_open", "bansou_consultations_breached", "bansou_escalation_lag_seconds_count",
                "bansou_hours_used_minutes{plan=\"STANDARD\"}", "bansou_hours_cap_minutes{plan=\"LIGHT\"}",
                "bansou_cases_open{stage=\"INTAKE\"}", "bansou_cases_open{stage=\"BUY_IN\"}");
        assertThat(as("consultant").getForEntity("/actuator/prometheus", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void hoursUsedAgainstTheCapAreSummedByPlan() {
        TestClock.setTokyo(LocalDateTime.of(2026, 11, 23, 10, 0));
        double before = gauge("bansou.hours.used.minutes", "ADVANCED");
        double capBefore = gauge("bansou.hours.cap.minutes", "ADVANCED");
        String caseNumber = fixture.signedContract(Plan.ADVANCED, LocalDate.of(2026, 11, 1));
        ledger.record(new NewTimeEntry(caseNumber, "consultant", LocalDate.of(2026, 11, 20), 90,
                TimeEntryCategory.MEETING, true, null, "consultant"));
        TestClock.advance(Duration.ofMinutes(1));

        assertThat(gauge("bansou.hours.used.minutes", "ADVANCED") - before).isEqualTo(90);
        assertThat(gauge("bansou.hours.cap.minutes", "ADVANCED") - capBefore).isEqualTo(32 * 60);
    }

    @Test
    void openCasesAreCountedByStage() {
        TestClock.setTokyo(LocalDateTime.of(2026, 11, 23, 10, 0));
        double intake = stage("INTAKE");
        double dialogue = stage("DIALOGUE");

        fixture.inquiry();
        fixture.signedContract(Plan.STANDARD, LocalDate.of(2026, 12, 1));

        assertThat(stage("INTAKE") - intake).isEqualTo(1);
        assertThat(stage("DIALOGUE") - dialogue).isEqualTo(1);
    }

    double stage(String stage) {
        return registry.get("bansou.cases.open").tag("stage", stage).gauge().value();
    }

    double gauge(String name, String plan) {
        return registry.get(name).tag("plan", plan).gauge().value();
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
