package jp.bansou.board;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.bansou.engagement.Engagement;
import jp.bansou.engagement.EngagementService;
import jp.bansou.hours.HourLedger;
import jp.bansou.hours.MonthlyBalance;
import jp.bansou.hours.MonthlyUsage;
import jp.bansou.platform.BusinessTime;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** One case's charts, from the hour ledger and the enablement records. */
@Service
@Transactional(readOnly = true)
public class CaseTrends {

    private final EngagementService engagements;
    private final HourLedger ledger;
    private final BoardQueries queries;
    private final Clock clock;

    CaseTrends(EngagementService engagements, HourLedger ledger, BoardQueries queries, Clock clock) {
        this.engagements = engagements;
        this.ledger = ledger;
        this.queries = queries;
        this.clock = clock;
    }

    /** Unknown case: NotFoundException. */
    public CaseTrend trend(String caseNumber) {
        Engagement engagement = engagements.get(caseNumber);
        LocalDate today = LocalDate.now(clock.withZone(BusinessTime.ZONE));
        YearMonth month = YearMonth.from(today);
        Map<YearMonth, Integer> planned = queries.plannedSupportHours(caseNumber);
        Map<YearMonth, int[]> reviews = queries.reviewCycles(caseNumber);
        List<CaseTrend.MonthHours> months = new ArrayList<>();
        for (MonthlyUsage usage : ledger.monthlyUsage(caseNumber, month, CaseBoard.CHART_MONTHS)) {
            int[] cycles = reviews.getOrDefault(usage.month(), new int[2]);
            months.add(new CaseTrend.MonthHours(usage.month(), usage.capMinutes(), usage.usedMinutes(),
                    planned.get(usage.month()), cycles[0], cycles[1]));
        }
        MonthlyBalance balance = ledger.balance(caseNumber, month);
        return new CaseTrend(caseNumber, engagement.organisation(), months, month, balance.capMinutes(),
                burnDown(ledger.usedMinutesByDay(caseNumber, month), balance.capMinutes(), month, today));
    }

    private static List<CaseTrend.BurnDownDay> burnDown(Map<LocalDate, Integer> usedOn, int capMinutes,
            YearMonth month, LocalDate today) {
        List<CaseTrend.BurnDownDay> days = new ArrayList<>();
        int used = 0;
        for (LocalDate day = month.atDay(1); !day.isAfter(today) && !day.isAfter(month.atEndOfMonth());
                day = day.plusDays(1)) {
            used += usedOn.getOrDefault(day, 0);
            days.add(new CaseTrend.BurnDownDay(day, used, capMinutes - used));
        }
        return days;
    }
}
