package jp.bansou.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

import jp.bansou.enablement.EnablementProcess;
import jp.bansou.BansouTest;
import jp.bansou.testing.TestClock;
import jp.bansou.testing.WebappSession;

import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** {@code GET /api/board} and {@code /api/board/cases/{caseNumber}} over HTTP, against cases built through the processes. */
@BansouTest
@Import(BoardScenario.class)
class BoardApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    BoardScenario scenario;
    @Autowired
    ManagementService management;
    @LocalServerPort
    int port;

    @BeforeEach
    void scenario() {
        scenario.build(rest);
        TestClock.setTokyo(BoardScenario.TODAY);
    }

    ResponseEntity<JsonNode> get(String user, String path) {
        return (user == null ? rest : rest.withBasicAuth(user, user)).getForEntity(path, JsonNode.class);
    }

    JsonNode board(String query) {
        ResponseEntity<JsonNode> response = get("manager", "/api/board" + query);
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    static JsonNode row(JsonNode board, String caseNumber) {
        return rows(board).stream().filter(row -> row.path("caseNumber").asText().equals(caseNumber)).findFirst()
                .orElseThrow(() -> new AssertionError(caseNumber + " is not on the board"));
    }

    static List<JsonNode> rows(JsonNode board) {
        return StreamSupport.stream(board.path("cases").spliterator(), false).toList();
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    @Test
    void aCaseRowHasItsStageGateTermHoursRepliesAndWhatNeedsAttention() {
        JsonNode board = board("");
        assertThat(board.path("month").asText()).isEqualTo("2029-10");
        assertThat(board.path("today").asText()).isEqualTo("2029-10-16");
        JsonNode a = row(board, scenario.caseA);

        assertThat(a.path("organisation").asText()).isEqualTo("山田製作所 (Yamada Works)");
        assertThat(a.path("consultant").asText()).isEqualTo("consultant");
        assertThat(a.path("consultantName").asText()).isEqualTo("Consultant Kenji (consultant)");
        assertThat(a.path("plan").asText()).isEqualTo("STANDARD");
        assertThat(a.path("planLabel").asText()).isEqualTo("スタンダード (Standard)");
        assertThat(a.path("stage").asText()).isEqualTo("DIALOGUE");
        assertThat(a.path("stageLabel").asText()).isEqualTo("対話 (Dialogue)");
        assertThat(a.path("stageSince").asText()).isEqualTo("2029-08-24");
        assertThat(a.path("daysInStage").asInt()).isEqualTo(53);

        JsonNode gate = a.path("gate");
        assertThat(gate.path("stage").asText()).isEqualTo("DIALOGUE");
        assertThat(gate.has("outcome")).as("the re-check reopened the review, undecided").isFalse();
        assertThat(gate.path("onHold").asBoolean()).isTrue();
        assertThat(gate.path("recheckOn").asText()).isEqualTo("2029-09-20");
        assertThat(gate.path("pastRecheck").asBoolean()).isTrue();

        JsonNode term = a.path("term");
        assertThat(term.path("seq").asInt()).isEqualTo(1);
        assertThat(term.path("kind").asText()).isEqualTo("TRIAL");
        assertThat(term.path("endsOn").asText()).isEqualTo("2029-11-30");
        assertThat(term.path("decisionOpensOn").asText()).isEqualTo("2029-11-01");
        assertThat(term.path("escalatesOn").asText()).isEqualTo("2029-11-24");
        assertThat(term.path("renewal").asText()).isEqualTo("NOT_YET");

        // October: 60 booked and reversed, a reply's 20 minutes, 1200 booked, 300 held over the 1440 cap
        JsonNode hours = a.path("hours");
        assertThat(hours.path("period").asText()).isEqualTo("2029-10");
        assertThat(hours.path("capMinutes").asInt()).isEqualTo(1440);
        assertThat(hours.path("usedMinutes").asInt()).isEqualTo(1200 + BoardScenario.REPLY_MINUTES);
        assertThat(hours.path("percentUsed").decimalValue()).isEqualByComparingTo("84.7");
        assertThat(hours.path("atWarning").asBoolean()).isTrue();
        assertThat(hours.path("overCap").asBoolean()).isFalse();
        assertThat(hours.path("pendingMinutes").asInt()).isEqualTo(300);
        assertThat(hours.path("pendingApprovals").asInt()).isEqualTo(1);

        JsonNode replies = a.path("replies");
        assertThat(replies.path("received").asInt()).isEqualTo(3);
        assertThat(replies.path("repliedInTime").asInt()).isEqualTo(1);
        assertThat(replies.path("breached").asInt()).isEqualTo(1);
        assertThat(replies.path("open").asInt()).as("the breached one and today's").isEqualTo(2);
        assertThat(replies.path("openEscalations").asInt()).isEqualTo(1);

        Instant nextMeeting = Instant.parse(a.path("nextMeetingAt").asText());
        assertThat(nextMeeting).isEqualTo(management.createJobQuery()
                .processInstanceId(scenario.enablementInstance(scenario.caseA)).activityId(EnablementProcess.EVENT_NEXT_MEETING)
                .singleResult().getDuedate().toInstant());
        assertThat(nextMeeting).isAfter(BoardScenario.TODAY.atZone(jp.bansou.platform.BusinessTime.ZONE).toInstant());

        List<String> processes = new ArrayList<>();
        a.path("processInstances").forEach(p -> processes.add(p.path("processDefinitionKey").asText()));
        assertThat(processes).contains("engagement", "enablement", "over-cap-approval");

        assertThat(texts(a.path("attention")))
                .containsExactly("HOURS_AT_WARNING", "REPLY_BREACHED", "GATE_HOLD_PAST_RECHECK");
    }

    @Test
    void aQuietCaseNeedsNoAttention() {
        JsonNode b = row(board(""), scenario.caseB);

        assertThat(b.path("consultant").asText()).isEqualTo("consultant2");
        assertThat(b.path("consultantName").asText()).isEqualTo("Consultant Yui (consultant2)");
        assertThat(b.path("plan").asText()).isEqualTo("LIGHT");
        assertThat(b.path("hours").path("capMinutes").asInt()).isEqualTo(960);
        assertThat(b.path("hours").path("usedMinutes").asInt()).isZero();
        assertThat(b.path("replies").path("received").asInt()).isZero();
        assertThat(b.has("gate")).isFalse();
        assertThat(b.path("attention")).isEmpty();
    }

    @Test
    void filtersByConsultantAndByNeedsAttention() {
        JsonNode mine = board("?consultant=consultant2");
        assertThat(rows(mine)).isNotEmpty().allSatisfy(row ->
                assertThat(row.path("consultant").asText()).isEqualTo("consultant2"));
        assertThat(rows(mine).stream().map(row -> row.path("caseNumber").asText()))
                .contains(scenario.caseB).doesNotContain(scenario.caseA);

        JsonNode attention = board("?needsAttention=true");
        assertThat(rows(attention)).allSatisfy(row -> assertThat(row.path("attention")).isNotEmpty());
        assertThat(rows(attention).stream().map(row -> row.path("caseNumber").asText()))
                .contains(scenario.caseA).doesNotContain(scenario.caseB);
        assertThat(attention.path("openCases").asInt()).as("counted before filtering")
                .isEqualTo(board("").path("cases").size());
    }

    @Test
    void aRenewalStillUndecidedAWeekBeforeTheTermEndsIsOverdue() {
        TestClock.setTokyo(LocalDateTime.of(2029, 11, 26, 10, 0));

        JsonNode term = row(board(""), scenario.caseA).path("term");

        assertThat(term.path("renewal").asText()).isEqualTo("OVERDUE");
        assertThat(texts(row(board(""), scenario.caseA).path("attention"))).contains("RENEWAL_OVERDUE");
        TestClock.setTokyo(LocalDateTime.of(2029, 11, 10, 10, 0));
        assertThat(row(board(""), scenario.caseA).path("term").path("renewal").asText()).isEqualTo("DUE");
    }

    @Test
    void theChartsHaveTwelveMonthsOfSlaTheStageFunnelAndEscalationsByConsultant() {
        JsonNode board = board("");

        JsonNode sla = board.path("slaByMonth");
        assertThat(sla).hasSize(12);
        assertThat(sla.get(0).path("month").asText()).isEqualTo("2028-11");
        JsonNode september = sla.get(10);
        assertThat(september.path("month").asText()).isEqualTo("2029-09");
        assertThat(september.path("closed").asBoolean()).isTrue();
        assertThat(september.path("consultations").asInt()).isEqualTo(1);
        assertThat(september.path("repliedInTime").asInt()).isEqualTo(1);
        assertThat(september.path("compliancePercent").decimalValue()).isEqualByComparingTo("100.0");
        JsonNode october = sla.get(11);
        assertThat(october.path("month").asText()).isEqualTo("2029-10");
        assertThat(october.path("closed").asBoolean()).isFalse();
        assertThat(october.path("consultations").asInt()).isEqualTo(3);
        assertThat(october.path("breached").asInt()).isEqualTo(1);
        assertThat(october.path("compliancePercent").decimalValue()).isEqualByComparingTo("33.3");
        assertThat(sla.get(9).path("closed").asBoolean()).as("August 2029 was never closed").isFalse();

        List<String> stages = new ArrayList<>();
        int counted = 0;
        for (JsonNode stage : board.path("casesByStage")) {
            stages.add(stage.path("stage").asText());
            counted += stage.path("cases").asInt();
        }
        assertThat(stages).containsSubsequence("INTAKE", "DIALOGUE", "INSIGHT", "BUY_IN", "SELF_PROPELLED", "CLOSING");
        assertThat(counted).isEqualTo(board.path("openCases").asInt());

        assertThat(board.path("escalationsByConsultant")).anySatisfy(row -> {
            assertThat(row.path("consultant").asText()).isEqualTo("consultant");
            assertThat(row.path("consultantName").asText()).isEqualTo("Consultant Kenji (consultant)");
            assertThat(row.path("open").asInt()).isEqualTo(1);
            assertThat(row.path("handled").asInt()).isZero();
        });
    }

    @Test
    void aCasesChartsHaveItsMonthsAndThisMonthsBurnDown() {
        ResponseEntity<JsonNode> response = get("manager", "/api/board/cases/" + scenario.caseA);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode trend = response.getBody();

        JsonNode months = trend.path("months");
        assertThat(months).hasSize(12);
        assertThat(months.get(10).path("month").asText()).isEqualTo("2029-09");
        assertThat(months.get(10).path("usedMinutes").asInt()).isEqualTo(600 + BoardScenario.REPLY_MINUTES);
        assertThat(months.get(10).path("capMinutes").asInt()).isEqualTo(1440);
        assertThat(months.get(9).path("capMinutes").asInt()).as("August, before the contract").isZero();
        assertThat(months.get(11).path("usedMinutes").asInt()).isEqualTo(1200 + BoardScenario.REPLY_MINUTES);

        JsonNode burnDown = trend.path("burnDown");
        assertThat(burnDown).hasSize(16);
        assertThat(burnDown.get(0).path("usedMinutes").asInt()).as("booked and reversed on the 1st").isZero();
        assertThat(burnDown.get(11).path("usedMinutes").asInt()).as("the reply on the 12th")
                .isEqualTo(BoardScenario.REPLY_MINUTES);
        assertThat(burnDown.get(15).path("usedMinutes").asInt()).isEqualTo(1220);
        assertThat(burnDown.get(15).path("remainingMinutes").asInt()).isEqualTo(220);
    }

    @Test
    void onlyManagersSeeTheBoard() {
        assertThat(get(null, "/api/board").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(get("consultant", "/api/board").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("consultant", "/api/board").getHeaders().getContentType().toString())
                .isEqualTo("application/problem+json");
        assertThat(get("consultant", "/api/board/cases/" + scenario.caseA).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get(null, "/api/board/cases/" + scenario.caseA).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(get("manager", "/api/board").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("admin", "/api/board").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("manager", "/api/board/cases/C-1999-0001").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void theCockpitLoginIsReadNotRenewed() {
        WebappSession cockpit = WebappSession.login(port, "cockpit", "manager");
        assertThat(cockpit.loginStatus()).isEqualTo(200);

        var board = cockpit.get("/api/board");
        var trend = cockpit.get("/api/board/cases/" + scenario.caseA);

        assertThat(board.statusCode()).isEqualTo(200);
        assertThat(trend.statusCode()).isEqualTo(200);
        // a new session id would leave the page's concurrent requests, Cockpit's included, with a stale cookie
        assertThat(board.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID="));
        assertThat(trend.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID="));
        assertThat(cockpit.get("/camunda/api/engine/engine/default/process-definition/count").statusCode())
                .as("Cockpit's own session still valid").isEqualTo(200);
    }

    @Test
    void aPagesScriptGetsNoBasicChallengeThatWouldOpenTheLoginPrompt() {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Requested-With", "XMLHttpRequest");
        ResponseEntity<String> fromScript = rest.exchange("/api/board", HttpMethod.GET, new HttpEntity<>(headers),
                String.class);

        assertThat(fromScript.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(fromScript.getHeaders().containsKey("WWW-Authenticate")).isFalse();
        assertThat(get(null, "/api/board").getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
    }
}
