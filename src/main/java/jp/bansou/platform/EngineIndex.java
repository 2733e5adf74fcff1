package jp.bansou.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An index the service adds to one of the engine's tables. The engine creates its tables when it is built, after
 * Flyway, so such an index is created once the tables exist, idempotently (the same statement on H2 and PostgreSQL).
 */
final class EngineIndex {

    private static final Logger log = LoggerFactory.getLogger(EngineIndex.class);

    private EngineIndex() {
    }

    static void create(ProcessEngine engine, String index, String engineTable, String columns) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        String table = configuration.getDatabaseTablePrefix() + engineTable;
        try (Connection connection = configuration.getDataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE INDEX IF NOT EXISTS " + index + " ON " + table + " (" + columns + ")");
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            // Another node may be creating it at the same moment; the engine works without it, only slower.
            log.warn("Could not create the index {} on {}: {}", index, table, e.getMessage());
        }
    }
}
