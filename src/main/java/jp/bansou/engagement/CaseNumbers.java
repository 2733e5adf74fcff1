package jp.bansou.engagement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out case numbers {@code C-YYYY-NNNN} from one database sequence per Tokyo year ({@code case_number_2026}).
 * A sequence never waits for another transaction, so inquiries are registered in parallel; a counter row would
 * stay locked until the whole process start commits. The price: a number taken by an inquiry that then fails is
 * not handed out again, so numbers may skip one; they never repeat, on any node.
 */
@Component
class CaseNumbers implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(CaseNumbers.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private final Set<Integer> yearsReady = ConcurrentHashMap.newKeySet();

    CaseNumbers(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** At start-up (after the migrations), so that a request needs no second connection for it. */
    @Override
    public void afterSingletonsInstantiated() {
        int year = LocalDate.now(clock).getYear();
        ready(year);
        ready(year + 1);
    }

    /**
     * Makes sure this year's sequence exists. Call it outside any transaction, before the one that will take the
     * number: creating the sequence (once a year, if the service ran since the year before last) takes a connection
     * of its own, and requests that held one while they waited for it would starve the pool.
     */
    void prepare() {
        ready(LocalDate.now(clock).getYear());
    }

    String next() {
        int year = LocalDate.now(clock).getYear();
        ready(year);
        long number = jdbc.sql("SELECT NEXTVAL('" + sequence(year) + "')").query(Long.class).single();
        return "C-%d-%04d".formatted(year, number);
    }

    private void ready(int year) {
        if (!yearsReady.contains(year)) {
            create(year);
        }
    }

    /**
     * Creates the year's sequence unless it exists, in a transaction of its own (DDL commits on H2), starting
     * after the highest number of that year already given, e.g. by the counter table this replaced.
     */
    private synchronized void create(int year) {
        if (yearsReady.contains(year)) {
            return;
        }
        try {
            ownTransaction.executeWithoutResult(status -> {
                long highest = jdbc.sql("""
                                SELECT COALESCE(MAX(CAST(SUBSTRING(case_number, 8) AS INTEGER)), 0) FROM engagement
                                WHERE case_number LIKE :prefix""")
                        .param("prefix", "C-" + year + "-%").query(Long.class).single();
                jdbc.sql("CREATE SEQUENCE IF NOT EXISTS " + sequence(year) + " START WITH " + (highest + 1)).update();
            });
        } catch (DataIntegrityViolationException createdByAnotherNodeAtTheSameTime) {
            // PostgreSQL: two IF NOT EXISTS at once, the second meets the first's catalog row
            log.debug("Sequence {} created by another node", sequence(year));
        }
        yearsReady.add(year);
    }

    private static String sequence(int year) {
        return "case_number_" + year;
    }
}
