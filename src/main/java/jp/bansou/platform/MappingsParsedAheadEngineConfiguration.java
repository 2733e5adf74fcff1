package jp.bansou.platform;

import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.defaults.DefaultSqlSessionFactory;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.jspecify.annotations.Nullable;

/**
 * The starter's engine configuration, except that it takes the mappings parsed ahead ({@link EngineMappings}) when
 * they fit the database it found. What follows the parse is the engine's own {@code initSqlSessionFactory}.
 */
class MappingsParsedAheadEngineConfiguration extends SpringProcessEngineConfiguration {

    private final @Nullable EngineMappings mappings;

    MappingsParsedAheadEngineConfiguration(@Nullable EngineMappings mappings) {
        this.mappings = mappings;
    }

    @Override
    protected void initSqlSessionFactory() {
        if (mappings != null && sqlSessionFactory == null && !isUseSharedSqlSessionFactory) {
            mappings.parsedFor(databaseType, databaseTablePrefix).ifPresent(configuration -> {
                configuration.setEnvironment(new Environment("default", transactionFactory, dataSource));
                configuration.setDefaultStatementTimeout(jdbcStatementTimeout);
                if (isJdbcBatchProcessing()) {
                    configuration.setDefaultExecutorType(ExecutorType.BATCH);
                }
                sqlSessionFactory = new DefaultSqlSessionFactory(configuration);
            });
        }
        super.initSqlSessionFactory();
    }
}
