package jp.bansou.tasklist;

import jp.bansou.platform.EngineExtensions;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.handler.TaskFormHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandInvocationContext;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Puts the {@link TaskFacts} on a task while its form variables are read ({@code GET /task/{id}/form-variables},
 * which Tasklist calls when it opens a Camunda Form): the engine asks the task's form handler for the form
 * first, so a handler around every user task's own one adds the facts as transient local variables just before
 * the engine collects the variables. Nothing is written; the facts are as of the moment the form opens.
 */
@Component
class TaskFormFacts extends AbstractProcessEnginePlugin {

    private final ObjectProvider<TaskFacts> sources;

    TaskFormFacts(ObjectProvider<TaskFacts> sources) {
        this.sources = sources;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        EngineExtensions.addParseListenerAfterEngine(configuration, new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                TaskDefinition definition = ((UserTaskActivityBehavior) activity.getActivityBehavior())
                        .getTaskDefinition();
                definition.setTaskFormHandler(new WithFacts(definition.getTaskFormHandler()));
            }
        });
    }

    /** Only for a read of the form variables: not when the form is fetched, nor while a completion checks it. */
    private static boolean readingFormVariables() {
        CommandInvocationContext invocation = Context.getCommandInvocationContext();
        return invocation != null && invocation.getCommand() instanceof GetTaskFormVariablesCmd;
    }

    void show(TaskEntity task) {
        sources.orderedStream().forEach(source -> source.of(task)
                .forEach((name, value) -> task.setVariableLocal(name, Variables.stringValue(value, true))));
    }

    private final class WithFacts implements TaskFormHandler {

        private final TaskFormHandler own;

        WithFacts(TaskFormHandler own) {
            this.own = own;
        }

        @Override
        public TaskFormData createTaskForm(TaskEntity task) {
            if (readingFormVariables()) {
                show(task);
            }
            return own.createTaskForm(task);
        }

        @Override
        public void parseConfiguration(Element activityElement, DeploymentEntity deployment,
                ProcessDefinitionEntity processDefinition, BpmnParse bpmnParse) {
            own.parseConfiguration(activityElement, deployment, processDefinition, bpmnParse);
        }

        @Override
        public void submitFormVariables(VariableMap properties, VariableScope variableScope) {
            own.submitFormVariables(properties, variableScope);
        }
    }
}
