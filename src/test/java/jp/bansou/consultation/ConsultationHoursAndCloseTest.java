package jp.bansou.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;

import jp.bansou.BansouTest;
import jp.bansou.hours.HourLedger;
import jp.bansou.hours.MonthlyClose;
import jp.bansou.hours.ReplySla;
import jp.bansou.hours.TimeEntryCategory;
import jp.bansou.plan.Plan;
import jp.bansou.testing.EngagementFixture;
import jp.bansou.testing.TestClock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Where consultations meet hour accounting: a reply's minutes count against the plan's cap as CONSULTATION,
 * and the monthly close keeps the month's reply SLA figures.
 */
@BansouTest
class ConsultationHoursAndCloseTest {

    /** A month no other test closes (closing a month closes it for every case). */
    static final YearMonth JUNE_2030 = YearMonth.of(2030, 6);

    @Autowired
    EngagementFixture fixture;
    @Autowired
    ConsultationService consultations;
    @Autowired
    HourLedger ledger;
    @Autowired
    MonthlyClose close;

    Consultation receive(String caseNumber, String receivedAt) {
        return consultations.receive(caseNumber, new NewConsultation("CHAT", receivedAt, "client@example.jp",
                "次回の会議の論点 (Topics for the next meeting)"), "consultant");
    }

    @Test
    void repliesCountAsConsultationHoursAndTheCloseKeepsTheMonthsSlaFigures() {
        TestClock.setTokyo(LocalDateTime.of(2030, 6, 3, 9, 0));
        String caseNumber = fixture.signedContract(Plan.STANDARD, LocalDate.of(2030, 6, 1));

        TestClock.setTokyo(LocalDateTime.of(2030, 6, 3, 10, 0));
        Consultation inTime = receive(caseNumber, "2030-06-03T10:00:00+09:00");
        TestClock.setTokyo(LocalDateTime.of(2030, 6, 4, 11, 0));
        consultations.reply(inTime.id(), 30, "論点を3つに整理 (Three topics)", "consultant");

        TestClock.setTokyo(LocalDateTime.of(2030, 6, 5, 10, 0));
        Consultation late = receive(caseNumber, "2030-06-05T10:00:00+09:00");
        TestClock.setTokyo(LocalDateTime.of(2030, 6, 7, 10, 0));
        consultations.reply(late.id(), 45, "遅れて返信 (Late reply)", "consultant");

        assertThat(ledger.balance(caseNumber, JUNE_2030).entries())
                .filteredOn(entry -> entry.category() == TimeEntryCategory.CONSULTATION)
                .extracting(entry -> entry.minutes())
                .containsExactlyInAnyOrder(30, 45);

        TestClock.setTokyo(LocalDateTime.of(2030, 7, 1, 0, 5));
        close.close(JUNE_2030);

        assertThat(close.report(JUNE_2030).cases())
                .filteredOn(snapshot -> snapshot.caseNumber().equals(caseNumber))
                .singleElement()
                .satisfies(snapshot -> {
                    assertThat(snapshot.usedMinutes()).isEqualTo(75);
                    assertThat(snapshot.replySla()).isEqualTo(new ReplySla(2, 1, 1, 0, 60, 60));
                });
    }
}
