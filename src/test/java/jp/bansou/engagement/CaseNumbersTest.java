package jp.bansou.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Instant;

import jp.bansou.BansouTest;
import jp.bansou.testing.TestClock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Case numbers per Tokyo year, from a sequence per year that starts after the year's numbers already given. */
@BansouTest
class CaseNumbersTest {

    @Autowired
    CaseNumbers caseNumbers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    String next() {
        return transaction.execute(status -> caseNumbers.next());
    }

    @Test
    void aYearStartsAtOneAndCountsUp() {
        TestClock.setTokyo(LocalDate.of(2042, 3, 2));
        assertThat(next()).isEqualTo("C-2042-0001");
        assertThat(next()).isEqualTo("C-2042-0002");
    }

    @Test
    void aYearWhoseNumbersWereGivenBeforeGoesOnAfterTheHighest() {
        // numbers given by the counter table the sequences replaced (or restored from a backup)
        for (String caseNumber : new String[] {"C-2043-0007", "C-2043-0012", "C-2044-0100"}) {
            jdbc.sql("""
                    INSERT INTO engagement (case_number, organisation, contact_name, contact_email, employee_count,
                    message, received_at) VALUES (:caseNumber, '山田製作所', '山田 太郎', 'taro@yamada.example', 15,
                    '会議で何も決まらない', :receivedAt)""")
                    .param("caseNumber", caseNumber).param("receivedAt", java.sql.Timestamp.from(Instant.now())).update();
        }
        try {
            TestClock.setTokyo(LocalDate.of(2043, 12, 31));
            assertThat(next()).isEqualTo("C-2043-0013");
        } finally {
            jdbc.sql("DELETE FROM engagement WHERE case_number IN ('C-2043-0007', 'C-2043-0012', 'C-2044-0100')").update();
        }
    }

    @Test
    void aNumberTakenByAnInquiryThatFailedIsNotGivenAgain() {
        TestClock.setTokyo(LocalDate.of(2045, 5, 7));
        transaction.executeWithoutResult(status -> {
            caseNumbers.next();
            status.setRollbackOnly();
        });
        assertThat(next()).isEqualTo("C-2045-0002");
    }
}
