package jp.bansou.engagement;

import jp.bansou.platform.EngineExtensions;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every process that starts for a case is made readable by the case's consultant ({@link CaseAuthorizations}).
 * The authorizations are looked up lazily: they need the engine this plugin helps to build.
 */
@Component
class CaseAuthorizationsPlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<CaseAuthorizations> caseAuthorizations;

    CaseAuthorizationsPlugin(ObjectProvider<CaseAuthorizations> caseAuthorizations) {
        this.caseAuthorizations = caseAuthorizations;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        EngineExtensions.addParseListenerAfterEngine(configuration, new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
                ExecutionListener grantToConsultant = execution -> caseAuthorizations.getObject().onProcessStart(execution);
                processDefinition.addListener(ExecutionListener.EVENTNAME_START, grantToConsultant);
            }
        });
    }
}
