package jp.bansou.board;

import static jp.bansou.board.TimelineQueries.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.bansou.engagement.Engagement;
import jp.bansou.engagement.EngagementService;
import jp.bansou.engagement.Fit;
import jp.bansou.hours.LogTimeProcess;
import jp.bansou.platform.InvalidInputException;
import jp.bansou.platform.InvalidInputException.FieldProblem;
import jp.bansou.security.UserNames;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One chronological trail per case, from the inquiry to the close: the service's records (hearing, proposal,
 * contract and terms, notices, gates, meetings, consultations, time entries, monthly closes) and the engine's
 * history of the case's processes (started and ended, the DMN decisions of the fit and plan checks, tasks that
 * ended without being completed).
 */
@Service
@Transactional(readOnly = true)
class CaseTimeline {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 500;
    /** How an ended process instance ended (the engine's {@code HistoricProcessInstance} states). */
    private static final Map<String, String> ENDED = Map.of(
            HistoricProcessInstance.STATE_COMPLETED, "完了 (Completed)",
            HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED, "中止 (Cancelled)",
            HistoricProcessInstance.STATE_INTERNALLY_TERMINATED, "終了イベントで終了 (Terminated by the process)");

    /**
     * Why an open task ended: the engine's reason when its scope ended around it (a boundary event, a notice taking
     * effect), or the reason given to the API.
     */
    private static final Map<String, String> ENDED_TASK = Map.of("deleted", "取り消し (Cancelled: the process moved on)");

    private final TimelineQueries queries;
    private final EngagementService engagements;
    private final HistoryService history;
    private final UserNames names;

    CaseTimeline(TimelineQueries queries, EngagementService engagements, HistoryService history, UserNames names) {
        this.queries = queries;
        this.engagements = engagements;
        this.history = history;
        this.names = names;
    }

    /** A page (from 0) of the trail, oldest first. Unknown case: NotFoundException; bad page or size: 400. */
    public TimelinePage page(String caseNumber, Integer page, Integer size) {
        int pageNumber = page == null ? 0 : page;
        int pageSize = size == null ? DEFAULT_SIZE : size;
        List<FieldProblem> problems = new ArrayList<>();
        if (pageNumber < 0) {
            problems.add(new FieldProblem("page", "must be 0 or more"));
        }
        if (pageSize < 1 || pageSize > MAX_SIZE) {
            problems.add(new FieldProblem("size", "must be between 1 and " + MAX_SIZE));
        }
        InvalidInputException.reject(problems);
        Engagement engagement = engagements.get(caseNumber);
        List<TimelineEvent> events = events(caseNumber);
        int from = (int) Math.min((long) pageNumber * pageSize, events.size());
        int to = Math.min(from + pageSize, events.size());
        return new TimelinePage(caseNumber, engagement.organisation(), pageNumber, pageSize, events.size(),
                (events.size() + pageSize - 1) / pageSize, List.copyOf(events.subList(from, to)));
    }

    List<TimelineEvent> events(String caseNumber) {
        List<TimelineEvent> events = new ArrayList<>(queries.events(caseNumber));
        List<HistoricProcessInstance> instances = new ArrayList<>(history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(caseNumber).list());
        instances.addAll(history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKeyLike(caseNumber + "/%").list());
        for (HistoricProcessInstance instance : instances) {
            // Each log-time instance mirrors a time entry already on the trail.
            if (!LogTimeProcess.PROCESS_ID.equals(instance.getProcessDefinitionKey())) {
                processEvents(instance, events);
            }
        }
        for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery()
                .processInstanceBusinessKey(caseNumber).finished().list()) {
            if (task.getDeleteReason() != null && !"completed".equals(task.getDeleteReason())) {
                events.add(new TimelineEvent(task.getEndTime().toInstant(), "TASK_ENDED",
                        "タスク終了 (Task ended without completion): " + task.getName(),
                        ENDED_TASK.getOrDefault(task.getDeleteReason(), task.getDeleteReason()),
                        task.getAssignee(), TimelineEvent.ENGINE,
                        facts("taskDefinitionKey", task.getTaskDefinitionKey(),
                                "processInstanceId", task.getProcessInstanceId())));
            }
        }
        events.sort(Comparator.comparing(TimelineEvent::at));
        Map<String, String> actors = names.shown(events.stream().map(TimelineEvent::actor).toList());
        return events.stream().map(event -> event.withActorName(actors)).toList();
    }

    /** A decision's output as the service names its value: the fit check's and the recommended plan by their labels. */
    private static String shown(HistoricDecisionOutputInstance output) {
        Object value = output.getValue();
        if (value instanceof String code) {
            return switch (output.getVariableName()) {
                case "fit" -> Labels.of(code, Fit::valueOf, Fit::label);
                case "recommendedPlan" -> Labels.plan(code);
                default -> code;
            };
        }
        return String.valueOf(value);
    }

    private void processEvents(HistoricProcessInstance instance, List<TimelineEvent> events) {
        String name = instance.getProcessDefinitionName() == null ? instance.getProcessDefinitionKey()
                : instance.getProcessDefinitionName();
        Map<String, Object> facts = facts("processInstanceId", instance.getId(),
                "processDefinitionKey", instance.getProcessDefinitionKey(), "businessKey", instance.getBusinessKey());
        events.add(new TimelineEvent(instance.getStartTime().toInstant(), "PROCESS_STARTED",
                "プロセス開始 (Process started): " + name, null, instance.getStartUserId(), TimelineEvent.ENGINE, facts));
        if (instance.getEndTime() != null) {
            events.add(new TimelineEvent(instance.getEndTime().toInstant(), "PROCESS_ENDED",
                    "プロセス終了 (Process ended): " + name, ENDED.getOrDefault(instance.getState(), instance.getState()),
                    null, TimelineEvent.ENGINE, facts));
        }
        for (HistoricDecisionInstance decision : history.createHistoricDecisionInstanceQuery()
                .processInstanceId(instance.getId()).includeOutputs().list()) {
            Map<String, Object> outputs = new LinkedHashMap<>();
            List<String> shown = new ArrayList<>();
            for (HistoricDecisionOutputInstance output : decision.getOutputs()) {
                outputs.put(output.getVariableName(), output.getValue());
                shown.add((output.getClauseName() == null ? output.getVariableName() : output.getClauseName()) + ": "
                        + shown(output));
            }
            events.add(new TimelineEvent(decision.getEvaluationTime().toInstant(), "DECISION",
                    "判定 (Decision): " + (decision.getDecisionDefinitionName() == null
                            ? decision.getDecisionDefinitionKey() : decision.getDecisionDefinitionName()),
                    String.join("、", shown), null, TimelineEvent.ENGINE,
                    facts("decisionDefinitionKey", decision.getDecisionDefinitionKey(), "outputs", outputs,
                            "processInstanceId", instance.getId())));
        }
    }
}
