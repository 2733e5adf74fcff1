package jp.bansou;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jp.bansou.engagement.EngagementProcess;
import jp.bansou.testing.PostgresDatabase;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.client.BufferingClientHttpRequestFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

/**
 * The whole service on a real PostgreSQL (started by the test, no server needed): Flyway, Camunda and Quartz
 * schemas created there; a case runs from the public inquiry through the engine REST API, as Tasklist would
 * drive it, to a signed contract; and a restart on the same database keeps the cases, the Quartz jobs and the
 * deployed process versions.
 */
class PostgresIT {

    static PostgresDatabase database;

    @BeforeAll
    static void database() {
        database = PostgresDatabase.create(PostgresIT.class);
    }

    @AfterAll
    static void dropDatabase() {
        database.close();
    }

    static ConfigurableApplicationContext startService() {
        return new SpringApplicationBuilder(BansouApplication.class)
                .profiles("postgres", "demo")
                .run(database.serviceArguments("--server.port=0", "--camunda.bpm.job-execution.enabled=false",
                        "--logging.level.root=warn"));
    }

    static RestClient client(ConfigurableApplicationContext service, String user) {
        int port = ((WebServerApplicationContext) service).getWebServer().getPort();
        // buffered, so that a request carries Content-Length (the inquiry endpoint refuses a chunked body: 411)
        RestClient.Builder builder = RestClient.builder()
                .requestFactory(new BufferingClientHttpRequestFactory(new SimpleClientHttpRequestFactory()))
                .baseUrl("http://localhost:" + port);
        return user == null ? builder.build()
                : builder.defaultHeaders(headers -> headers.setBasicAuth(user, user)).build();
    }

    @Test
    void aCaseRunsToASignedContractOnPostgresAndSurvivesARestart() {
        String caseNumber;
        long deployments;
        List<String> definitions;
        long quartzJobs;
        try (ConfigurableApplicationContext service = startService()) {
            JdbcClient jdbc = service.getBean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT version()").query(String.class).single()).startsWith("PostgreSQL");
            assertThat(tables(jdbc)).contains("engagement", "contract", "flyway_schema_history", "act_ru_task",
                    "act_hi_procinst", "qrtz_job_details", "qrtz_locks");

            caseNumber = (String) client(service, null).post().uri("/api/inquiries")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("organisation", "北海道物流", "contactName", "佐々木", "contactEmail", "s@hokkaido.example",
                            "employeeCount", 40, "message", "現場と経営の認識がずれている"))
                    .retrieve().body(Map.class).get("caseNumber");

            RestClient consultant = client(service, "consultant");
            String hearing = taskId(consultant, caseNumber, EngagementProcess.TASK_HEARING);
            consultant.post().uri("/engine-rest/task/{id}/claim", hearing).contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("userId", "consultant")).retrieve().toBodilessEntity();
            submit(consultant, hearing, Map.ofEntries(
                    Map.entry("currentSituation", value("会議で決まらない")), Map.entry("desiredState", value("決まる会議")),
                    Map.entry("priorityIssues", value("意思決定")), Map.entry("pace", value("STANDARD")),
                    Map.entry("targetScope", value("TEAM")), Map.entry("involvement", value("EXECUTION")),
                    Map.entry("oneOffNeed", value(false)), Map.entry("clearDecisionMaker", value(true)),
                    Map.entry("canExecuteAlone", value(false)), Map.entry("clientOwnsDecisions", value(true)),
                    Map.entry("requestedWork", Map.of("value", "[\"DECISION_SPARRING\"]", "type", "Json"))));
            submit(consultant, taskId(consultant, caseNumber, EngagementProcess.TASK_PROPOSE_PLAN), Map.of("plan", value("STANDARD")));
            submit(consultant, taskId(consultant, caseNumber, EngagementProcess.TASK_CLIENT_ANSWER),
                    Map.of("clientAnswer", value("ACCEPTED")));
            submit(consultant, taskId(consultant, caseNumber, EngagementProcess.TASK_SIGN_CONTRACT), Map.of(
                    "plan", value("STANDARD"), "startDate", value(java.time.LocalDate.now().plusDays(7).toString()),
                    "consultant", value("consultant")));

            Map<String, Object> caseFile = consultant.get().uri("/api/engagements/{n}", caseNumber).retrieve()
                    .body(new ParameterizedTypeReference<>() { });
            assertThat(caseFile.get("contract")).asString().contains("consultant=consultant");
            assertThat(activeActivities(consultant, caseNumber)).contains("\"activityId\":\"" + EngagementProcess.EVENT_RENEWAL_REVIEW_DUE + "\"");

            RepositoryService repository = service.getBean(RepositoryService.class);
            deployments = repository.createDeploymentQuery().count();
            definitions = definitionIds(repository);
            quartzJobs = jdbc.sql("SELECT COUNT(*) FROM qrtz_job_details").query(Long.class).single();
            assertThat(quartzJobs).as("the monthly close and the notification relay").isPositive();
        }

        try (ConfigurableApplicationContext restarted = startService()) {
            RestClient manager = client(restarted, "manager");
            Map<String, Object> caseFile = manager.get().uri("/api/engagements/{n}", caseNumber).retrieve()
                    .body(new ParameterizedTypeReference<>() { });
            assertThat(caseFile.get("engagement")).asString().contains("caseNumber=" + caseNumber);
            assertThat(activeActivities(manager, caseNumber)).contains("\"activityId\":\"" + EngagementProcess.EVENT_RENEWAL_REVIEW_DUE + "\"");

            RepositoryService repository = restarted.getBean(RepositoryService.class);
            assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
            assertThat(definitionIds(repository)).isEqualTo(definitions);
            assertThat(restarted.getBean(JdbcClient.class).sql("SELECT COUNT(*) FROM qrtz_job_details")
                    .query(Long.class).single()).isEqualTo(quartzJobs);
        }
    }

    static Map<String, Object> value(Object value) {
        return Map.of("value", value);
    }

    static String taskId(RestClient client, String caseNumber, String taskKey) {
        List<Map<String, Object>> tasks = client.get()
                .uri("/engine-rest/task?processInstanceBusinessKey={n}&taskDefinitionKey={k}", caseNumber, taskKey)
                .retrieve().body(new ParameterizedTypeReference<>() { });
        assertThat(tasks).as(taskKey).hasSize(1);
        return (String) tasks.get(0).get("id");
    }

    static void submit(RestClient client, String taskId, Map<String, Object> variables) {
        client.post().uri("/engine-rest/task/{id}/submit-form", taskId).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("variables", variables)).retrieve().toBodilessEntity();
    }

    /** The case's activity instance tree, as Cockpit shows it. */
    static String activeActivities(RestClient client, String caseNumber) {
        List<Map<String, Object>> instances = client.get()
                .uri("/engine-rest/process-instance?businessKey={n}&processDefinitionKey=engagement", caseNumber)
                .retrieve().body(new ParameterizedTypeReference<>() { });
        return client.get().uri("/engine-rest/process-instance/{id}/activity-instances", instances.get(0).get("id"))
                .retrieve().body(String.class);
    }

    static List<String> definitionIds(RepositoryService repository) {
        return repository.createProcessDefinitionQuery().orderByProcessDefinitionKey().asc().list().stream()
                .map(definition -> definition.getId()).toList();
    }

    static List<String> tables(JdbcClient jdbc) {
        return jdbc.sql("SELECT lower(table_name) FROM information_schema.tables WHERE table_schema = 'public'")
                .query(String.class).list();
    }
}
