package jp.bansou.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jp.bansou.testing.EmbeddedPostgresSupport;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** On PostgreSQL, too, the engine runs on the mappings parsed ahead ({@link EngineMappingsTest} on H2). */
class EngineMappingsPostgresIT extends EmbeddedPostgresSupport {

    @Autowired
    ProcessEngine engine;

    @Autowired
    EngineMappings mappings;

    @Test
    void theEngineRunsOnTheMappingsParsedAheadForPostgres() {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

        assertThat(configuration.getDatabaseType()).isEqualTo("postgres");
        assertThat(configuration.getSqlSessionFactory().getConfiguration())
                .isSameAs(mappings.parsedFor("postgres", "").orElseThrow());
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("engagement")
                .count()).isPositive();
    }
}
