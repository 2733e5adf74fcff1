package jp.bansou.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jp.bansou.BansouTest;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@BansouTest
class JobAcquisitionIndexTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    ProcessEngine engine;

    /** Columns of the index on the job table, in order (ConsultationEscalationIT checks it on PostgreSQL). */
    static List<String> indexColumns(DataSource dataSource) throws Exception {
        return indexColumns(dataSource, "ACT_RU_JOB", JobAcquisitionIndex.INDEX);
    }

    static List<String> indexColumns(DataSource dataSource, String engineTable, String indexName) throws Exception {
        List<String> columns = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            String table = connection.getMetaData().storesLowerCaseIdentifiers() ? engineTable.toLowerCase() : engineTable;
            try (ResultSet index = connection.getMetaData().getIndexInfo(null, null, table, false, false)) {
                while (index.next()) {
                    if (indexName.equalsIgnoreCase(index.getString("INDEX_NAME"))) {
                        columns.add(index.getString("COLUMN_NAME").toUpperCase());
                    }
                }
            }
        }
        return columns;
    }

    @Test
    void theJobTableHasTheIndexAcquisitionByTypeAndDueDateNeeds() throws Exception {
        assertThat(indexColumns(dataSource)).containsExactly("TYPE_", "DUEDATE_");
    }

    /** The wait and backoff settings apply to the starter's job executor, off here; ConsultationEscalationIT runs it. */
    @Test
    void theJobExecutorPrefersTimersAndAcquiresByDueDate() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

        assertThat(configuration.isJobExecutorPreferTimerJobs()).isTrue();
        assertThat(configuration.isJobExecutorAcquireByDueDate()).isTrue();
    }

    @Test
    void theTaskTableHasTheIndexTaskCompletionNeeds() throws Exception {
        assertThat(indexColumns(dataSource, "ACT_RU_TASK", TaskCompletionIndex.INDEX)).containsExactly("PARENT_TASK_ID_");
        new TaskCompletionIndex().postProcessEngineBuild(engine);
        assertThat(indexColumns(dataSource, "ACT_RU_TASK", TaskCompletionIndex.INDEX)).containsExactly("PARENT_TASK_ID_");
    }

    @Test
    void creatingTheIndexAgainChangesNothing() throws Exception {
        new JobAcquisitionIndex().postProcessEngineBuild(engine);

        assertThat(indexColumns(dataSource)).containsExactly("TYPE_", "DUEDATE_");
    }
}
