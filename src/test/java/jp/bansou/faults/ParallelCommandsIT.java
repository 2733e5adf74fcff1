package jp.bansou.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jp.bansou.consultation.ConsultationService;
import jp.bansou.consultation.NewConsultation;
import jp.bansou.engagement.EngagementProcess;
import jp.bansou.hours.OverCapApprovalProcess;
import jp.bansou.plan.Plan;
import jp.bansou.hours.HourLedger;
import jp.bansou.hours.MonthlyBalance;
import jp.bansou.testing.EmbeddedPostgresSupport;
import jp.bansou.testing.EngagementFixture;
import jp.bansou.testing.TestClock;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Twenty requests at once for the same thing, over HTTP on PostgreSQL: one wins, every other gets a problem
 * details 404 or 409, never a 5xx, and nothing is written twice. At the hour cap the domain's rule (domain.md,
 * Hours: an entry that would take the month past the cap needs a manager's approval; nothing is silently dropped)
 * means every entry is recorded: exactly one fits the cap and is booked, each of the others is held for an over-cap
 * approval of its own, and the booked minutes never pass the cap. ({@code jp.bansou.web.ConcurrencyIT} covers the
 * task completion through submit-form and a looser form of the cap.)
 */
class ParallelCommandsIT extends EmbeddedPostgresSupport {

    static final int PARALLEL = 20;

    @LocalServerPort
    int port;
    @Autowired
    EngagementFixture fixture;
    @Autowired
    TaskService tasks;
    @Autowired
    HourLedger ledger;
    @Autowired
    ConsultationService consultations;
    @Autowired
    JdbcClient jdbc;

    ServiceClient api() {
        return new ServiceClient(path -> java.net.URI.create("http://localhost:" + port + path));
    }

    @Test
    void twentyCompletionsOfOneTaskThroughCompleteAndSubmitFormGiveOneWinner() throws Exception {
        String caseNumber = fixture.inquiry();
        Task hearing = fixture.task(caseNumber, EngagementProcess.TASK_HEARING);
        tasks.claim(hearing.getId(), EngagementFixture.CONSULTANT);
        Map<String, Object> body = ServiceClient.variables(Map.ofEntries(
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
        ServiceClient api = api();

        List<ServiceClient.Answer> answers = inParallel(n -> api.post(EngagementFixture.CONSULTANT,
                "/engine-rest/task/" + hearing.getId() + (n % 2 == 0 ? "/complete" : "/submit-form"), body));

        assertOneWinner(answers, 204);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM hearing WHERE case_number = ?").param(caseNumber)
                .query(Long.class).single()).as("hearings recorded").isOne();
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(EngagementProcess.TASK_PROPOSE_PLAN).count()).as("plan proposals opened").isOne();
    }

    @Test
    void twentyRepliesToOneConsultationRecordOneReplyAndBookItsMinutesOnce() throws Exception {
        TestClock.setTokyo(LocalDateTime.of(2026, 12, 8, 10, 0));
        String caseNumber = fixture.signedContract(Plan.STANDARD, LocalDate.of(2026, 12, 1));
        long id = consultations.receive(caseNumber, new NewConsultation("EMAIL", "2026-12-07T10:00:00+09:00",
                "client@example.jp", "並行返信 (Parallel replies)"), EngagementFixture.CONSULTANT).id();
        ServiceClient api = api();

        List<ServiceClient.Answer> answers = inParallel(n -> api.post(EngagementFixture.CONSULTANT,
                "/api/consultations/" + id + "/reply", Map.of("minutes", 20, "summary", "回答しました " + n)));

        assertOneWinner(answers, 200);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM time_entry WHERE case_number = ? AND category = 'CONSULTATION'")
                .param(caseNumber).query(Long.class).single()).as("reply minutes booked").isOne();
        assertThat(consultations.get(id).isOpen()).isFalse();
    }

    @Test
    void twentyEntriesAtTheCapBookOneAndHoldEveryOtherForApproval() throws Exception {
        LocalDate today = LocalDate.of(2026, 12, 21);
        TestClock.setTokyo(today);
        String caseNumber = fixture.signedContract(Plan.STANDARD, today.withDayOfMonth(1));
        String entries = "/api/engagements/" + caseNumber + "/time-entries";
        ServiceClient api = api();
        api.post(EngagementFixture.CONSULTANT, entries,
                Map.of("workDate", "2026-12-01", "minutes", 1425, "category", "ISSUE_MAPPING")).expect(201);

        List<ServiceClient.Answer> answers = inParallel(n -> api.post(EngagementFixture.CONSULTANT, entries,
                Map.of("workDate", "2026-12-21", "minutes", 15, "category", "CONSULTATION", "note", "並行 " + n)));

        List<String> statuses = new ArrayList<>();
        for (ServiceClient.Answer answer : answers) {
            statuses.add(answer.expect(201).path("status").asText());
        }
        assertThat(statuses).as("one status per entry").hasSize(PARALLEL)
                .containsOnly("BOOKED", "PENDING_APPROVAL").filteredOn("BOOKED"::equals).hasSize(1);
        MonthlyBalance balance = ledger.balance(caseNumber, YearMonth.of(2026, 12));
        assertThat(balance.usedMinutes()).as("booked minutes: the cap, not more").isEqualTo(balance.capMinutes())
                .isEqualTo(24 * 60);
        assertThat(balance.pendingMinutes()).isEqualTo((PARALLEL - 1) * 15);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM time_entry WHERE case_number = ?").param(caseNumber)
                .query(Long.class).single()).isEqualTo(PARALLEL + 1);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(OverCapApprovalProcess.TASK_APPROVE_OVER_CAP).count()).as("over-cap approvals").isEqualTo(PARALLEL - 1);
    }

    /** One answer with {@code winner}; every other a problem details 404 or 409. */
    static void assertOneWinner(List<ServiceClient.Answer> answers, int winner) {
        assertThat(answers).as("winners among %s", answers.stream().map(ServiceClient.Answer::status).toList())
                .filteredOn(a -> a.status() == winner).hasSize(1);
        for (ServiceClient.Answer lost : answers.stream().filter(a -> a.status() != winner).toList()) {
            assertThat(lost.status()).as(lost.body()).isIn(404, 409);
            assertThat(lost.json().path("status").asInt()).as(lost.body()).isEqualTo(lost.status());
        }
    }

    interface Request {
        ServiceClient.Answer send(int n) throws Exception;
    }

    /** The request from {@link #PARALLEL} threads released together; the n-th thread sends {@code request(n)}. */
    static List<ServiceClient.Answer> inParallel(Request request) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(PARALLEL);
        try {
            CountDownLatch ready = new CountDownLatch(PARALLEL);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<ServiceClient.Answer>> futures = new ArrayList<>();
            for (int i = 0; i < PARALLEL; i++) {
                int n = i;
                Callable<ServiceClient.Answer> call = () -> {
                    ready.countDown();
                    go.await();
                    return request.send(n);
                };
                futures.add(threads.submit(call));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<ServiceClient.Answer> answers = new ArrayList<>();
            for (Future<ServiceClient.Answer> future : futures) {
                answers.add(future.get(120, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }
}
