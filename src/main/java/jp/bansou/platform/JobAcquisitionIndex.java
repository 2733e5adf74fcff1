package jp.bansou.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The index the job executor's acquisition needs once it orders by type and due date
 * ({@code jobExecutorPreferTimerJobs}, {@code jobExecutorAcquireByDueDate} in application.yaml): without it every
 * acquisition sorts the whole job table. The engine creates its own tables when it is built, after Flyway, so the
 * index is created here, once the tables exist, and idempotently (the same statement on H2 and PostgreSQL).
 */
@Component
class JobAcquisitionIndex extends AbstractProcessEnginePlugin {

    static final String INDEX = "BANSOU_IDX_JOB_TYPE_DUEDATE";
    private static final Logger log = LoggerFactory.getLogger(JobAcquisitionIndex.class);

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        DataSource dataSource = configuration.getDataSource();
        String table = configuration.getDatabaseTablePrefix() + "ACT_RU_JOB";
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE INDEX IF NOT EXISTS " + INDEX + " ON " + table + " (TYPE_, DUEDATE_)");
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            // Another node may be creating it at the same moment; timers still fire without it, only slower to find.
            log.warn("Could not create the job acquisition index {} on {}: {}", INDEX, table, e.getMessage());
        }
    }
}
