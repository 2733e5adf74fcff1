package jp.bansou.bench;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.awaitility.Awaitility;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows inserted, updated and deleted in the database's tables, from PostgreSQL's statistics: what a unit of work
 * costs the database, a count that does not depend on how fast the machine is at the hour of the run.
 */
final class RowsWritten {

    private final JdbcTemplate jdbc;

    RowsWritten(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The count once it has stopped moving for a second: the statistics reach the view shortly after each
     * commit, and work that follows (notifications relayed from the outbox) belongs to what is counted.
     */
    long settled() {
        AtomicLong last = new AtomicLong(-1);
        Awaitility.await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            long now = jdbc.queryForObject(
                    "SELECT SUM(n_tup_ins + n_tup_upd + n_tup_del) FROM pg_stat_user_tables", Long.class);
            return last.getAndSet(now) == now;
        });
        return last.get();
    }
}
