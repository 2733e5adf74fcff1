package jp.bansou.tasklist;

import static jp.bansou.testing.EngagementFixture.standardHearing;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import jp.bansou.BansouTest;
import jp.bansou.consultation.Consultation;
import jp.bansou.consultation.ConsultationProcess;
import jp.bansou.consultation.ConsultationService;
import jp.bansou.consultation.NewConsultation;
import jp.bansou.enablement.EnablementProcess;
import jp.bansou.enablement.StageGateProcess;
import jp.bansou.engagement.EngagementProcess;
import jp.bansou.plan.Plan;
import jp.bansou.platform.BusinessTime;
import jp.bansou.security.Groups;
import jp.bansou.testing.EngagementFixture;
import jp.bansou.testing.TestClock;
import jp.bansou.testing.Timers;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Every task says which case, which client and what is asked; the hearing shows the inquiry; reply tasks carry
 * their SLA as due and follow-up dates and land in the consultant's and the managers' reply filters in time.
 */
@BansouTest
class TaskContextTest {

    /** A STANDARD consultation received Mon 2026-12-07 10:00 is due Tue 18:00, reminder Tue 14:00. */
    static final String MONDAY_10 = "2026-12-07T10:00:00+09:00";
    static final Instant DUE = tokyo(2026, 12, 8, 18, 0);
    static final Instant REMINDER = tokyo(2026, 12, 8, 14, 0);

    @Autowired
    EngagementFixture fixture;
    @Autowired
    ConsultationService consultations;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    FilterService filters;
    @Autowired
    IdentityService identity;
    @Autowired
    FormService forms;
    @Autowired
    HistoryService history;
    @Autowired
    TestRestTemplate http;

    @AfterEach
    void signOut() {
        identity.clearAuthentication();
    }

    static Instant tokyo(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(BusinessTime.ZONE).toInstant();
    }

    @Test
    void theHearingNamesTheCaseAndClientAndShowsTheInquiry() {
        TestClock.setTokyo(LocalDateTime.of(2026, 12, 1, 10, 30));
        String caseNumber = fixture.inquiry();
        Task hearing = fixture.task(caseNumber, EngagementProcess.TASK_HEARING);

        assertThat(hearing.getDescription()).startsWith(caseNumber + " 山田製作所 (Yamada Works) — ")
                .contains("ヒアリング");
        assertThat(runtime.getVariables(hearing.getProcessInstanceId()))
                .containsEntry("caseNumber", caseNumber).containsEntry("organisation", "山田製作所 (Yamada Works)");
        assertThat(tasks.getVariablesLocal(hearing.getId()))
                .containsEntry("caseNumber", caseNumber).containsEntry("organisation", "山田製作所 (Yamada Works)")
                .doesNotContainKeys(HearingFacts.ORGANISATION, HearingFacts.MESSAGE);
        assertThat(forms.getTaskFormVariables(hearing.getId()))
                .as("the inquiry, when Tasklist opens the form")
                .containsEntry(HearingFacts.ORGANISATION, "山田製作所 (Yamada Works)")
                .containsEntry(HearingFacts.CONTACT, "山田 太郎 \\<taro@example.jp\\>")
                .containsEntry(HearingFacts.EMPLOYEE_COUNT, "15 名")
                .containsEntry(HearingFacts.MESSAGE, "会議で何も決まらない (Meetings decide nothing)")
                .containsEntry(HearingFacts.PACE, "標準・ジョギング (Standard, jogging)")
                .containsEntry(HearingFacts.RECEIVED, "2026/12/01 10:30");
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceIdIn(hearing.getProcessInstanceId())
                .list()).extracting(HistoricVariableInstance::getName).as("stored for the case's process")
                .containsOnly("caseNumber", "organisation");

        fixture.complete(caseNumber, EngagementProcess.TASK_HEARING, standardHearing());
        Task proposePlan = fixture.task(caseNumber, EngagementProcess.TASK_PROPOSE_PLAN);
        assertThat(proposePlan.getDescription()).isEqualTo(caseNumber
                + " 山田製作所 (Yamada Works) — 推奨プランを確認し、提案するプランを決めてください (Confirm or override the recommended plan)");
        assertThat(runtime.getVariables(proposePlan.getProcessInstanceId())).doesNotContainKey("inquiryMessage");
    }

    @Test
    void everyProcessOfACaseCarriesItsNumberAndClient() {
        String caseNumber = fixture.caseUnderContract(Plan.STANDARD);
        // the stage's gate: a called instance with tasks of its own
        fixture.complete(caseNumber, EnablementProcess.TASK_DIALOGUE_WORK,
                Map.of(EnablementProcess.WORK_ITEM, "REQUEST_GATE"));

        List<ProcessInstance> instances = runtime.createProcessInstanceQuery()
                .variableValueEquals("caseNumber", caseNumber).list();
        assertThat(instances).extracting(ProcessInstance::getProcessDefinitionId)
                .anyMatch(id -> id.startsWith("engagement:")).anyMatch(id -> id.startsWith("enablement:"))
                .anyMatch(id -> id.startsWith(StageGateProcess.PROCESS_ID + ":"));
        for (ProcessInstance instance : instances) {
            assertThat(runtime.getVariable(instance.getId(), "organisation"))
                    .as(instance.getProcessDefinitionId()).isEqualTo("山田製作所 (Yamada Works)");
        }
        for (Task task : tasks.createTaskQuery().processVariableValueEquals("caseNumber", caseNumber).list()) {
            assertThat(task.getDescription()).as(task.getTaskDefinitionKey()).startsWith(caseNumber + " 山田製作所");
            assertThat(TaskDescriptions.knows(task.getTaskDefinitionKey())).as(task.getTaskDefinitionKey()).isTrue();
            assertThat(tasks.getVariablesLocal(task.getId())).as(task.getTaskDefinitionKey())
                    .containsEntry("caseNumber", caseNumber).containsEntry("organisation", "山田製作所 (Yamada Works)");
        }
    }

    /** A consultation received Mon 2026-12-07 10:00 on a case signed STANDARD from 2026-12-01. */
    Consultation consultationOnMonday10() {
        String caseNumber = fixture.caseUnderContract(Plan.STANDARD);
        TestClock.setTokyo(LocalDateTime.of(2026, 12, 7, 10, 5));
        return consultations.receive(caseNumber, new NewConsultation("EMAIL", MONDAY_10,
                "佐藤 花子 <hanako@client.example>", "会議の進め方について (How to run our meetings)"), "consultant");
    }

    @Test
    void aReplyIsDueAtItsSlaFollowedUpAtItsReminderAndShowsInTheReplyFilters() {
        Consultation consultation = consultationOnMonday10();
        String caseNumber = consultation.caseNumber();
        Task reply = tasks.createTaskQuery().processInstanceId(consultation.processInstanceId())
                .taskDefinitionKey(ConsultationProcess.TASK_REPLY).singleResult();

        assertThat(reply.getDueDate()).isEqualTo(Date.from(DUE));
        assertThat(reply.getFollowUpDate()).isEqualTo(Date.from(REMINDER));
        assertThat(reply.getDescription()).contains("会議の進め方について").contains(caseNumber);
        assertThat(runtime.getVariables(reply.getProcessInstanceId()))
                .containsEntry("caseNumber", caseNumber).containsEntry("organisation", "山田製作所 (Yamada Works)");

        TestClock.setTokyo(LocalDateTime.of(2026, 12, 8, 13, 59));
        assertThat(replies(TasklistFilters.REPLIES_COMING_DUE, "consultant", Groups.CONSULTANTS)).doesNotContain(reply.getId());
        TestClock.setTokyo(LocalDateTime.of(2026, 12, 8, 14, 1));
        assertThat(replies(TasklistFilters.REPLIES_COMING_DUE, "consultant", Groups.CONSULTANTS)).contains(reply.getId());
        assertThat(replies(TasklistFilters.REPLIES_COMING_DUE, "consultant2", Groups.CONSULTANTS)).doesNotContain(reply.getId());
        assertThat(replies(TasklistFilters.OVERDUE_REPLIES, "manager", Groups.MANAGERS)).doesNotContain(reply.getId());
        TestClock.setTokyo(LocalDateTime.of(2026, 12, 8, 18, 1));
        assertThat(replies(TasklistFilters.OVERDUE_REPLIES, "manager", Groups.MANAGERS)).contains(reply.getId());
    }

    @Test
    void aTaskOnlyManagersMayClaimShowsTheCaseOfItsProcessOnItsCard() {
        Consultation consultation = consultationOnMonday10();
        String caseNumber = consultation.caseNumber();
        Timers.fire(consultation.processInstanceId(), ConsultationProcess.EVENT_REPLY_OVERDUE);
        Task escalation = tasks.createTaskQuery().processInstanceId(consultation.processInstanceId())
                .taskDefinitionKey(ConsultationProcess.TASK_ESCALATE).singleResult();

        assertThat(escalation.getDescription()).startsWith(caseNumber);
        assertThat(tasks.getVariablesLocal(escalation.getId())).as("no copy on the task")
                .doesNotContainKeys("caseNumber", "organisation");
        assertThat(cardVariables("manager", TasklistFilters.GROUP_TASKS, escalation.getId()))
                .containsEntry("caseNumber", caseNumber).containsEntry("organisation", "山田製作所 (Yamada Works)");
    }

    /** The variables Tasklist shows on a task's card: the filter's list as Tasklist asks for it (HAL). */
    Map<String, String> cardVariables(String user, String filterName, String taskId) {
        String filter = filters.createFilterQuery().filterName(filterName).singleResult().getId();
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.parseMediaType("application/hal+json")));
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<JsonNode> list = http.withBasicAuth(user, user).exchange(
                "/engine-rest/filter/" + filter + "/list?firstResult=0&maxResults=50", HttpMethod.POST,
                new HttpEntity<>("{}", headers), JsonNode.class);
        assertThat(list.getStatusCode().value()).isEqualTo(200);
        Map<String, String> variables = new LinkedHashMap<>();
        for (JsonNode task : list.getBody().path("_embedded").path("task")) {
            if (task.path("id").asText().equals(taskId)) {
                task.path("_embedded").path("variable")
                        .forEach(variable -> variables.put(variable.path("name").asText(), variable.path("value").asText()));
                return variables;
            }
        }
        throw new AssertionError(taskId + " is not in " + filterName + " for " + user);
    }

    @Test
    void everyFilterShowsTheCaseAndClientOnItsCards() {
        List<Filter> all = filters.createFilterQuery().list();
        assertThat(all).extracting(Filter::getName).contains(TasklistFilters.MY_TASKS, TasklistFilters.REPLIES_COMING_DUE,
                TasklistFilters.OVERDUE_REPLIES, TasklistFilters.GROUP_TASKS, TasklistFilters.ALL_TASKS);
        for (Filter filter : all) {
            assertThat(filter.getProperties().get("variables")).as(filter.getName()).isEqualTo(List.of(
                    Map.of("name", "caseNumber", "label", "案件番号 (Case)"),
                    Map.of("name", "organisation", "label", "顧客 (Client)")));
        }
    }

    List<String> replies(String filterName, String user, String group) {
        identity.setAuthentication(user, List.of(group));
        try {
            Filter filter = filters.createFilterQuery().filterName(filterName).singleResult();
            return filters.<Task>list(filter.getId()).stream().map(Task::getId).toList();
        } finally {
            identity.clearAuthentication();
        }
    }
}
