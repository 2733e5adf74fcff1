package jp.bansou.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Validates every user task completion against the task's Camunda Form before any listener of the process
 * sees the values: a task completed with bad values is refused with a {@link InvalidInputException} (HTTP 400
 * through the engine REST API and Tasklist) and nothing is written. Values of fields the form hides under a
 * condition are dropped, so that neither the process nor a listener keeps what the user could not see.
 */
@Component
class TaskFormValidation extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        EngineExtensions.addParseListenerBeforeEngine(configuration, new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask
                        && userTask.getTaskDefinition().getCamundaFormDefinitionKey() != null) {
                    userTask.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE,
                            TaskFormValidation::validate);
                }
            }
        });
    }

    private static void validate(DelegateTask task) {
        FormSchema form;
        try (InputStream deployed = task.getProcessEngineServices().getFormService().getDeployedTaskForm(task.getId())) {
            form = FormSchema.parse(deployed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FormSubmissionValidator.Checked checked = FormSubmissionValidator.validate(form, task::getVariable);
        if (!checked.problems().isEmpty()) {
            throw new InvalidInputException(checked.problems());
        }
        checked.hidden().forEach(task::removeVariable);
    }
}
