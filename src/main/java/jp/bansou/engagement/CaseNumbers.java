package jp.bansou.engagement;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out case numbers {@code C-YYYY-NNNN}, one counter per Tokyo year. The counter row stays locked until
 * the registering transaction ends, so two inquiries never get the same number, on H2 or PostgreSQL.
 */
@Component
class CaseNumbers {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate savepoint;

    CaseNumbers(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    String next() {
        int year = LocalDate.now(clock).getYear();
        if (increment(year) == 0) {
            try {
                // in a savepoint: on PostgreSQL a failed statement would otherwise abort the whole transaction
                savepoint.executeWithoutResult(status -> jdbc.sql(
                        "INSERT INTO case_number_counter (case_year, last_number) VALUES (:year, 0)")
                        .param("year", year).update());
            } catch (DuplicateKeyException concurrentFirstOfTheYear) {
                // another transaction created the row first; its lock makes the increment below wait
            }
            increment(year);
        }
        int number = jdbc.sql("SELECT last_number FROM case_number_counter WHERE case_year = :year")
                .param("year", year).query(Integer.class).single();
        return "C-%d-%04d".formatted(year, number);
    }

    private int increment(int year) {
        return jdbc.sql("UPDATE case_number_counter SET last_number = last_number + 1 WHERE case_year = :year")
                .param("year", year).update();
    }
}
