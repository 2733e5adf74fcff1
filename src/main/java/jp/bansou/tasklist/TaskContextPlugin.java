package jp.bansou.tasklist;

import java.util.Optional;

import jp.bansou.engagement.Engagement;
import jp.bansou.platform.EngineExtensions;
import jp.bansou.security.Groups;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Adds to every process the case variables at its start, and to every user task a create listener: the case
 * variables on the process instance and, unless only managers may claim it, on the task (Tasklist's cards show
 * them), and the task's description.
 * Registered once for all BPMN files, so a new process or task gets it without touching its XML.
 */
@Component
class TaskContextPlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<CaseVariables> caseVariables;

    TaskContextPlugin(ObjectProvider<CaseVariables> caseVariables) {
        this.caseVariables = caseVariables;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        ExecutionListener atStart = this::onProcessStart;
        TaskListener onCreate = this::onTaskCreate;
        EngineExtensions.addParseListenerAfterEngine(configuration, new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
                processDefinition.addListener(ExecutionListener.EVENTNAME_START, atStart);
            }

            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addTaskListener(TaskListener.EVENTNAME_CREATE, onCreate);
            }
        });
    }

    void onProcessStart(DelegateExecution execution) {
        caseVariables.getObject().complete(execution.getProcessInstance());
    }

    void onTaskCreate(DelegateTask task) {
        Optional<Engagement> engagement = caseVariables.getObject().complete(task.getExecution().getProcessInstance());
        // Also on the task itself: a candidate may read the task before the case's instances are granted to them.
        engagement.filter(found -> !onlyManagersMayClaim(task)).ifPresent(found -> {
            task.setVariableLocal(CaseVariables.CASE_NUMBER, found.caseNumber());
            task.setVariableLocal(CaseVariables.ORGANISATION, found.organisation());
        });
        TaskDescriptions.describe(task, engagement).ifPresent(task::setDescription);
    }

    /**
     * Managers read every process instance, so their cards show the instance's own case variables: a copy on
     * their group tasks (escalations, approvals, triage) would only be written, with its history, for nothing.
     */
    static boolean onlyManagersMayClaim(DelegateTask task) {
        return task.getAssignee() == null && !task.getCandidates().isEmpty() && task.getCandidates().stream()
                .allMatch(candidate -> Groups.MANAGERS.equals(candidate.getGroupId()));
    }
}
