package jp.bansou.testing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.bansou.engagement.EngagementProcess;
import jp.bansou.engagement.EngagementService;
import jp.bansou.engagement.Inquiry;
import jp.bansou.engagement.Pace;
import jp.bansou.plan.Plan;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.boot.test.context.TestComponent;

/**
 * Drives cases through the real engagement process with the Java API, as a consultant would in Tasklist:
 * other features' tests start from a case under contract.
 */
@TestComponent
public class EngagementFixture {

    public static final String CONSULTANT = "consultant";

    private final EngagementService engagements;
    private final TaskService tasks;

    public EngagementFixture(EngagementService engagements, TaskService tasks) {
        this.engagements = engagements;
        this.tasks = tasks;
    }

    public static Inquiry inquiry(String organisation) {
        return new Inquiry(organisation, "山田 太郎", "taro@example.jp", 15, "会議で何も決まらない (Meetings decide nothing)",
                Pace.STANDARD);
    }

    /** A case waiting at its hearing. */
    public String inquiry() {
        return engagements.receiveInquiry(inquiry("山田製作所 (Yamada Works)"));
    }

    /** Hearing answers that fit and recommend STANDARD; change entries to steer the decisions. */
    public static Map<String, Object> standardHearing() {
        Map<String, Object> answers = new HashMap<>();
        answers.put("currentSituation", "経営と現場で認識がずれている (Management and the field see things differently)");
        answers.put("desiredState", "会議で決まる (Meetings end in decisions)");
        answers.put("priorityIssues", "意思決定の仕組み (How decisions are made)");
        answers.put("pace", "STANDARD");
        answers.put("targetScope", "TEAM");
        answers.put("involvement", "EXECUTION");
        answers.put("requestedWork", requestedWork("DECISION_SPARRING", "BUSINESS_PROCESS"));
        answers.put("oneOffNeed", false);
        answers.put("clearDecisionMaker", true);
        answers.put("canExecuteAlone", false);
        answers.put("clientOwnsDecisions", true);
        return answers;
    }

    public static Object requestedWork(String... kinds) {
        return SpinValues.jsonValue(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(List.of(kinds))
                .toString()).create();
    }

    /** The day most tests sign their case's contract, a Tuesday; the contract starts a week later. */
    public static final LocalDate SIGNED_ON = LocalDate.of(2026, 11, 24);
    public static final LocalDate CONTRACT_START = LocalDate.of(2026, 12, 1);

    /**
     * A case signed with {@code plan} for {@link #CONSULTANT} on {@link #SIGNED_ON}, under contract from
     * {@link #CONTRACT_START}; the test clock is left on the day of signing.
     */
    public String caseUnderContract(Plan plan) {
        TestClock.setTokyo(SIGNED_ON);
        return signedContract(plan, CONTRACT_START);
    }

    /** A case under contract from {@code startsOn}, signed with {@code plan} for {@link #CONSULTANT}. */
    public String signedContract(Plan plan, LocalDate startsOn) {
        String caseNumber = inquiry();
        complete(caseNumber, EngagementProcess.TASK_HEARING, standardHearing());
        complete(caseNumber, EngagementProcess.TASK_PROPOSE_PLAN, plan == Plan.STANDARD
                ? Map.of("plan", plan.name())
                : Map.of("plan", plan.name(), "overrideReason", "クライアントの希望 (The client's wish)"));
        complete(caseNumber, EngagementProcess.TASK_CLIENT_ANSWER, Map.of("clientAnswer", "ACCEPTED"));
        complete(caseNumber, EngagementProcess.TASK_SIGN_CONTRACT, Map.of("plan", plan.name(), "startDate", startsOn.toString(),
                "consultant", CONSULTANT));
        return caseNumber;
    }

    /** The one open task of a case with this definition key. */
    public Task task(String caseNumber, String taskDefinitionKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(taskDefinitionKey).singleResult();
    }

    /** Completes a task as its assignee would (claimed by {@link #CONSULTANT} first if it is a group task). */
    public void complete(String caseNumber, String taskDefinitionKey, Map<String, Object> variables) {
        completeAs(CONSULTANT, caseNumber, taskDefinitionKey, variables);
    }

    /** Completes a task, claiming it for {@code user} first if it is a group task. */
    public void completeAs(String user, String caseNumber, String taskDefinitionKey, Map<String, Object> variables) {
        Task task = task(caseNumber, taskDefinitionKey);
        if (task == null) {
            throw new AssertionError("No open task " + taskDefinitionKey + " for " + caseNumber);
        }
        if (task.getAssignee() == null) {
            tasks.claim(task.getId(), user);
        }
        tasks.complete(task.getId(), variables);
    }
}
