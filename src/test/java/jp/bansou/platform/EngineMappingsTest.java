package jp.bansou.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jp.bansou.BansouTest;

import org.apache.ibatis.session.Configuration;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class EngineMappingsTest {

    @Test
    void theDatabaseTypeIsTheEnginesNameForTheDatabaseTheUrlLeadsTo() {
        assertThat(EngineMappingsAhead.databaseType("jdbc:h2:file:./data/bansou;LOCK_TIMEOUT=10000")).hasValue("h2");
        assertThat(EngineMappingsAhead.databaseType("jdbc:postgresql://localhost:5432/bansou")).hasValue("postgres");
        assertThat(EngineMappingsAhead.databaseType("jdbc:mysql://localhost/bansou")).isEmpty();
        assertThat(EngineMappingsAhead.databaseType(null)).isEmpty();
    }

    @Test
    void theMappingsAreTakenOnlyForTheDatabaseTypeAndPrefixTheyWereParsedFor() {
        EngineMappings mappings = EngineMappings.parseAhead("postgres", "");

        assertThat(mappings.parsedFor("h2", "")).isEmpty();
        assertThat(mappings.parsedFor("postgres", "camunda.")).isEmpty();
        Configuration postgres = mappings.parsedFor("postgres", "").orElseThrow();
        assertThat(postgres.getMappedStatementNames()).contains("selectNextJobsToExecute", "insertTask");
        // the SQL dialect as the engine writes it for PostgreSQL (DbSqlSessionFactory)
        assertThat(postgres.getVariables()).containsEntry("dbSpecificIfNullFunction", "COALESCE");
    }

    /** The service's engine, on the in-memory H2 of the tests, runs on the mappings parsed ahead. */
    @Nested
    @BansouTest
    class TheServicesEngine {

        @Autowired
        ProcessEngine engine;

        @Autowired
        EngineMappings mappings;

        @Test
        void runsOnTheMappingsParsedAhead() {
            var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

            assertThat(configuration.getSqlSessionFactory().getConfiguration())
                    .isSameAs(mappings.parsedFor("h2", "").orElseThrow())
                    .extracting(Configuration::getVariables).asInstanceOf(InstanceOfAssertFactories.MAP)
                    .containsEntry("dbSpecificIfNullFunction", "IFNULL");
            assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("engagement")
                    .count()).isPositive();
        }
    }
}
