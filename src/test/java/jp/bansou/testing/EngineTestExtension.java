package jp.bansou.testing;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Binds camunda-bpm-assert to the Spring context's engine and puts the engine clock back after each test. Registers
 * that engine again as the one the engine REST API and the webapps find by name ({@link ProcessEngines}): a test
 * that starts and closes service nodes of its own in the same JVM (TwoNodesDrainIT) registers and unregisters
 * engines of the same name, and a context cached before it would otherwise answer 404 "no process engine".
 */
public class EngineTestExtension implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        ClockUtil.reset();
        ProcessEngine engine = SpringExtension.getApplicationContext(context).getBean(ProcessEngine.class);
        ProcessEngines.registerProcessEngine(engine);
        BpmnAwareTests.init(engine);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        ClockUtil.reset();
        BpmnAwareTests.reset();
    }
}
