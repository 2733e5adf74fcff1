package jp.bansou.board;

import static jp.bansou.board.TimelineQueries.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.bansou.engagement.Engagement;
import jp.bansou.engagement.EngagementService;
import jp.bansou.hours.LogTimeProcess;
import jp.bansou.platform.InvalidInputException;
import jp.bansou.platform.InvalidInputException.FieldProblem;

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

    private final TimelineQueries queries;
    private final EngagementService engagements;
    private final HistoryService history;

    CaseTimeline(TimelineQueries queries, EngagementService engagements, HistoryService history) {
        this.queries = queries;
        this.engagements = engagements;
        this.history = history;
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
                        "タスク終了 (Task ended without completion): " + task.getName(), task.getDeleteReason(),
                        task.getAssignee(), TimelineEvent.ENGINE,
                        facts("taskDefinitionKey", task.getTaskDefinitionKey(),
                                "processInstanceId", task.getProcessInstanceId())));
            }
        }
        events.sort(Comparator.comparing(TimelineEvent::at));
        return events;
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
                    "プロセス終了 (Process ended): " + name, instance.getState(), null, TimelineEvent.ENGINE, facts));
        }
        for (HistoricDecisionInstance decision : history.createHistoricDecisionInstanceQuery()
                .processInstanceId(instance.getId()).includeOutputs().list()) {
            Map<String, Object> outputs = new LinkedHashMap<>();
            for (HistoricDecisionOutputInstance output : decision.getOutputs()) {
                outputs.put(output.getVariableName(), output.getValue());
            }
            events.add(new TimelineEvent(decision.getEvaluationTime().toInstant(), "DECISION",
                    "判定 (Decision): " + (decision.getDecisionDefinitionName() == null
                            ? decision.getDecisionDefinitionKey() : decision.getDecisionDefinitionName()),
                    outputs.toString(), null, TimelineEvent.ENGINE,
                    facts("decisionDefinitionKey", decision.getDecisionDefinitionKey(), "outputs", outputs,
                            "processInstanceId", instance.getId())));
        }
    }
}
