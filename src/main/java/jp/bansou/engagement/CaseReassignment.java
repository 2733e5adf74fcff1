package jp.bansou.engagement;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands a case to another consultant: the case, its contract and its access rights (through
 * {@link ConsultantAssigned}), its processes' future tasks and its open tasks.
 */
@Service
@Transactional
public class CaseReassignment {

    private final EngagementService engagements;
    private final RuntimeService runtime;
    private final TaskService tasks;

    CaseReassignment(EngagementService engagements, RuntimeService runtime, TaskService tasks) {
        this.engagements = engagements;
        this.runtime = runtime;
        this.tasks = tasks;
    }

    public void reassign(String caseNumber, String consultant) {
        String previous = engagements.get(caseNumber).consultant();
        engagements.assignConsultant(caseNumber, consultant);
        runtime.createProcessInstanceQuery().variableValueEquals(EngagementProcess.CASE_NUMBER, caseNumber).list()
                .stream()
                .filter(instance -> runtime.getVariable(instance.getId(), EngagementProcess.CONSULTANT) != null)
                .forEach(instance -> runtime.setVariable(instance.getId(), EngagementProcess.CONSULTANT, consultant));
        if (previous != null) {
            tasks.createTaskQuery().processVariableValueEquals(EngagementProcess.CASE_NUMBER, caseNumber)
                    .taskAssignee(previous).list()
                    .forEach(task -> tasks.setAssignee(task.getId(), consultant));
        }
    }
}
