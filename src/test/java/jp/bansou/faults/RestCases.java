package jp.bansou.faults;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import jp.bansou.engagement.EngagementProcess;

/**
 * Cases brought under contract through the service's HTTP API only, as Tasklist would do it: the inquiry, then
 * each task of the engagement claimed and submitted through {@code /engine-rest} (the same answers as
 * {@code EngagementFixture}, which needs the service in the test's JVM).
 */
final class RestCases {

    static final String CONSULTANT = "consultant";
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private final ServiceClient client;

    RestCases(ServiceClient client) {
        this.client = client;
    }

    /** A Standard-plan case of {@link #CONSULTANT} under contract from {@code startsOn}; its case number. */
    String signedContract(LocalDate startsOn) {
        String caseNumber = client.post(null, "/api/inquiries", Map.of(
                        "organisation", "障害試験 (Fault test) " + CLIENTS.incrementAndGet(), "contactName", "山田 太郎",
                        "contactEmail", "taro" + CLIENTS.get() + "@example.jp", "employeeCount", 15,
                        "message", "会議で何も決まらない", "preferredPace", "STANDARD"),
                Map.of("X-Forwarded-For", "192.0.2." + (CLIENTS.get() % 250 + 1)))
                .expect(201).path("caseNumber").asText();
        complete(caseNumber, EngagementProcess.TASK_HEARING, Map.ofEntries(
                Map.entry("currentSituation", "経営と現場で認識がずれている"),
                Map.entry("desiredState", "会議で決まる"),
                Map.entry("priorityIssues", "意思決定の仕組み"),
                Map.entry("pace", "STANDARD"),
                Map.entry("targetScope", "TEAM"),
                Map.entry("involvement", "EXECUTION"),
                Map.entry("requestedWork", List.of("DECISION_SPARRING", "BUSINESS_PROCESS")),
                Map.entry("oneOffNeed", false),
                Map.entry("clearDecisionMaker", true),
                Map.entry("canExecuteAlone", false),
                Map.entry("clientOwnsDecisions", true)));
        complete(caseNumber, EngagementProcess.TASK_PROPOSE_PLAN, Map.of("plan", "STANDARD"));
        complete(caseNumber, EngagementProcess.TASK_CLIENT_ANSWER, Map.of("clientAnswer", "ACCEPTED"));
        complete(caseNumber, EngagementProcess.TASK_SIGN_CONTRACT, Map.of("plan", "STANDARD",
                "startDate", startsOn.toString(),
                "consultant", CONSULTANT));
        return caseNumber;
    }

    private void complete(String caseNumber, String taskKey, Map<String, Object> values) {
        JsonNode found = client.get(CONSULTANT, "/engine-rest/task?processInstanceBusinessKey=" + caseNumber
                + "&taskDefinitionKey=" + taskKey).expect(200);
        if (found.size() != 1) {
            throw new AssertionError("expected one " + taskKey + " of " + caseNumber + ": " + found);
        }
        String id = found.get(0).path("id").asText();
        if (found.get(0).path("assignee").isNull() || found.get(0).path("assignee").isMissingNode()) {
            client.post(CONSULTANT, "/engine-rest/task/" + id + "/claim", Map.of("userId", CONSULTANT)).expect(204);
        }
        client.post(CONSULTANT, "/engine-rest/task/" + id + "/submit-form", ServiceClient.variables(values)).expect(204);
    }
}
