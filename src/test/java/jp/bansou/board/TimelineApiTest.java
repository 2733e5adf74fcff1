package jp.bansou.board;

import static jp.bansou.testing.ProblemAssertions.assertBadRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import jp.bansou.BansouTest;
import jp.bansou.consultation.EscalationAction;
import jp.bansou.contract.ContractEnd;
import jp.bansou.contract.NoticeKind;
import jp.bansou.contract.Party;
import jp.bansou.contract.PlanChangeSource;
import jp.bansou.contract.RenewalDecision;
import jp.bansou.contract.TermKind;
import jp.bansou.enablement.GateOutcome;
import jp.bansou.enablement.OverrideDecision;
import jp.bansou.enablement.Stage;
import jp.bansou.engagement.ClientAnswer;
import jp.bansou.engagement.Fit;
import jp.bansou.engagement.Outcome;
import jp.bansou.hours.OverCapDecision;
import jp.bansou.hours.TimeEntryCategory;
import jp.bansou.plan.Plan;
import jp.bansou.testing.TestClock;
import jp.bansou.testing.WebappSession;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** {@code GET /api/engagements/{caseNumber}/timeline} over HTTP, for a case built through the processes. */
@BansouTest
@Import(BoardScenario.class)
class TimelineApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    BoardScenario scenario;
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

    String timeline(String caseNumber) {
        return "/api/engagements/" + caseNumber + "/timeline";
    }

    JsonNode all() {
        ResponseEntity<JsonNode> response = get("manager", timeline(scenario.caseA) + "?size=500");
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    static List<String> kinds(JsonNode events) {
        List<String> kinds = new ArrayList<>();
        events.forEach(event -> kinds.add(event.path("kind").asText()));
        return kinds;
    }

    static JsonNode first(JsonNode events, String kind) {
        for (JsonNode event : events) {
            if (event.path("kind").asText().equals(kind)) {
                return event;
            }
        }
        throw new AssertionError("no " + kind + " in " + kinds(events));
    }

    @Test
    void theTrailRunsFromTheInquiryThroughContractGatesRepliesHoursAndTheMonthlyCloseInOrder() {
        JsonNode page = all();
        JsonNode events = page.path("events");

        assertThat(page.path("organisation").asText()).isEqualTo("山田製作所 (Yamada Works)");
        assertThat(page.path("totalEvents").asInt()).isEqualTo(events.size());
        assertThat(kinds(events)).containsSubsequence("INQUIRY", "HEARING", "PLAN_PROPOSED", "CLIENT_ANSWER",
                "CONTRACT_SIGNED", "TERM_STARTED", "GATE_CHECKED", "GATE_DECIDED", "TIME_ENTRY",
                "CONSULTATION_RECEIVED", "CONSULTATION_REPLIED", "GATE_CHECKED", "MONTHLY_CLOSE", "TIME_REVERSAL",
                "CONSULTATION_BREACHED");
        assertThat(kinds(events)).contains("DECISION", "PROCESS_STARTED", "PLAN_PERIOD", "ENABLEMENT_STARTED");
        List<Instant> times = new ArrayList<>();
        events.forEach(event -> times.add(Instant.parse(event.path("at").asText())));
        assertThat(times).isSorted();

        JsonNode fitCheck = first(events, "DECISION");
        assertThat(fitCheck.path("source").asText()).isEqualTo("ENGINE");
        assertThat(fitCheck.path("details").path("decisionDefinitionKey").asText()).isEqualTo("fit-check");
        assertThat(fitCheck.path("summary").asText()).isEqualTo("判定 (Fit): 適合 (Fit)");
        assertThat(fitCheck.path("details").path("outputs").path("fit").asText()).isEqualTo("FIT");
        assertThat(first(events, "PLAN_PROPOSED").path("summary").asText()).isEqualTo("スタンダード (Standard)");
        assertThat(first(events, "CLIENT_ANSWER").path("summary").asText()).isEqualTo("受諾 (Accepted)");
        assertThat(first(events, "PLAN_PERIOD").path("title").asText()).isEqualTo("プラン (Plan): スタンダード (Standard)");
        assertThat(first(events, "PLAN_PERIOD").path("summary").asText())
                .isEqualTo("適用開始 (from) 2029-09-01、契約時 (At signing)");
        assertThat(first(events, "TIME_ENTRY").path("title").asText()).isEqualTo("工数 (Time entry) #"
                + first(events, "TIME_ENTRY").path("details").path("entryId").asLong() + " 論点整理 (Issue mapping)");

        JsonNode hold = first(events, "GATE_DECIDED");
        assertThat(hold.path("title").asText()).isEqualTo("ゲート判定 (Gate outcome): 対話 (Dialogue) → 保留 (Hold)");
        assertThat(hold.path("details").path("outcome").asText()).isEqualTo("HOLD");
        assertThat(hold.path("details").path("recheckOn").asText()).isEqualTo("2029-09-20");
        assertThat(hold.path("actor").asText()).isEqualTo("consultant");
        assertThat(hold.path("actorName").asText()).isEqualTo("Consultant Kenji (consultant)");
        assertThat(first(events, "CONTRACT_SIGNED").path("summary").asText())
                .isEqualTo("開始 (starts) 2029-09-01、担当 (consultant) Consultant Kenji (consultant)");
        assertThat(hold.path("details").path("criteria")).isNotEmpty().anySatisfy(criterion ->
                assertThat(criterion.path("met").asBoolean()).isFalse());

        JsonNode term = first(events, "TERM_STARTED");
        assertThat(term.path("details").path("kind").asText()).isEqualTo("TRIAL");
        assertThat(term.path("details").path("endsOn").asText()).isEqualTo("2029-11-30");

        JsonNode breach = first(events, "CONSULTATION_BREACHED");
        assertThat(breach.path("at").asText()).isEqualTo("2029-10-12T09:00:00Z");
        JsonNode reply = first(events, "CONSULTATION_REPLIED");
        assertThat(reply.path("details").path("dueAt").asText()).isEqualTo("2029-09-19T09:00:00Z");
        assertThat(reply.path("details").has("delayMinutes")).as("in time").isFalse();

        JsonNode reversal = first(events, "TIME_REVERSAL");
        assertThat(reversal.path("details").path("reverses").asLong()).isEqualTo(scenario.reversedEntry);
        assertThat(reversal.path("details").path("minutes").asInt()).isEqualTo(-60);

        JsonNode close = first(events, "MONTHLY_CLOSE");
        assertThat(close.path("details").path("month").asText()).isEqualTo("2029-09");
        assertThat(close.path("details").path("usedMinutes").asInt()).isEqualTo(600 + BoardScenario.REPLY_MINUTES);
        assertThat(close.path("details").path("slaRepliedInTime").asInt()).isEqualTo(1);
    }

    /** The codes stay in the details for programs; what a manager reads names them in words. */
    @Test
    void titlesAndSummariesNameNoCodes() {
        Pattern codes = Pattern.compile(Stream.of(Plan.values(), Stage.values(), Fit.values(), ClientAnswer.values(),
                        Outcome.values(), TermKind.values(), RenewalDecision.values(), PlanChangeSource.values(),
                        NoticeKind.values(), Party.values(), ContractEnd.values(), GateOutcome.values(),
                        OverrideDecision.values(), TimeEntryCategory.values(), OverCapDecision.values(),
                        EscalationAction.values())
                .flatMap(Arrays::stream).map(Enum::name).distinct().collect(Collectors.joining("|", "\\b(", ")\\b")));
        List<String> texts = new ArrayList<>();
        all().path("events").forEach(event -> {
            texts.add(event.path("title").asText());
            texts.add(event.path("summary").asText());
        });
        assertThat(texts).hasSizeGreaterThan(60).noneMatch(text -> codes.matcher(text).find());
    }

    @Test
    void pagesCutTheSameTrail() {
        JsonNode everything = all().path("events");

        JsonNode second = get("manager", timeline(scenario.caseA) + "?page=1&size=5").getBody();

        assertThat(second.path("page").asInt()).isEqualTo(1);
        assertThat(second.path("size").asInt()).isEqualTo(5);
        assertThat(second.path("totalEvents").asInt()).isEqualTo(everything.size());
        assertThat(second.path("totalPages").asInt()).isEqualTo((everything.size() + 4) / 5);
        assertThat(second.path("events")).hasSize(5);
        for (int i = 0; i < 5; i++) {
            assertThat(second.path("events").get(i)).isEqualTo(everything.get(5 + i));
        }
        JsonNode beyond = get("manager", timeline(scenario.caseA) + "?page=999&size=5").getBody();
        assertThat(beyond.path("events")).isEmpty();
        assertThat(get("manager", timeline(scenario.caseA)).getBody().path("size").asInt()).isEqualTo(50);
    }

    @Test
    void badPagingIsNamed() {
        for (String query : new String[] {"?size=0", "?size=501", "?page=-1", "?size=ten"}) {
            ResponseEntity<JsonNode> response = get("manager", timeline(scenario.caseA) + query);
            assertBadRequest(response, query.substring(1, query.indexOf('=')));
        }
    }

    @Test
    void theCasesConsultantAndManagersSeeItOthersDoNot() {
        assertThat(get(null, timeline(scenario.caseA)).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(get("consultant2", timeline(scenario.caseA)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("consultant", timeline(scenario.caseB)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("consultant", timeline(scenario.caseA)).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("consultant2", timeline(scenario.caseB)).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("manager", timeline(scenario.caseB)).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("manager", timeline("C-1999-0001")).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void theCockpitLoginOfAManagerReadsTheBoardAndTimelinesAConsultantsDoesNotReadTheBoard() {
        WebappSession manager = WebappSession.login(port, "cockpit", "manager");
        assertThat(manager.loginStatus()).isEqualTo(200);
        assertThat(manager.get("/api/board").statusCode()).isEqualTo(200);
        assertThat(manager.get(timeline(scenario.caseA)).statusCode()).isEqualTo(200);
        assertThat(manager.get("/api/board/cases/" + scenario.caseA).statusCode()).isEqualTo(200);

        WebappSession consultant = WebappSession.login(port, "tasklist", "consultant");
        assertThat(consultant.loginStatus()).isEqualTo(200);
        assertThat(consultant.get("/api/board").statusCode()).isEqualTo(403);
        assertThat(consultant.get(timeline(scenario.caseA)).statusCode()).isEqualTo(200);
        assertThat(consultant.get(timeline(scenario.caseB)).statusCode()).isEqualTo(403);
        assertThat(manager.get("/api/engagements").statusCode())
                .as("the rest of /api still wants HTTP Basic").isEqualTo(401);
    }
}
