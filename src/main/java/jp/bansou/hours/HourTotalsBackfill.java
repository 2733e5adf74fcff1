package jp.bansou.hours;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Flyway migration V100: the running totals that V99 added, backfilled from the entries recorded before. In Java
 * so that the benchmark's bulk load runs the same statements ({@link HourTotals}); Spring Boot hands every
 * {@link JavaMigration} bean to Flyway.
 */
@Component
class HourTotalsBackfill implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("100");
    }

    @Override
    public String getDescription() {
        return "hour budget totals backfill";
    }

    @Override
    public @Nullable Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        HourTotals.recompute(context.getConnection());
    }
}
