package jp.bansou.tasklist;

import java.time.Clock;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

import jp.bansou.hours.HourLedger;
import jp.bansou.hours.LogTimeProcess;
import jp.bansou.hours.MonthlyBalance;
import jp.bansou.platform.BusinessTime;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** This month's hours of the case on the log-time form, as the ledger has them before the entry. */
@Component
@Order(2)
class MonthHoursFacts implements TaskFacts {

    static final String MONTH = "hoursMonth";
    static final String USED = "hoursUsed";
    static final String CAP = "hoursCap";
    static final String REMAINING = "hoursRemaining";
    static final String PENDING = "hoursPending";

    private final HourLedger ledger;
    private final Clock clock;

    MonthHoursFacts(HourLedger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    public Map<String, String> of(DelegateTask task) {
        if (!LogTimeProcess.TASK_ENTER_TIME.equals(task.getTaskDefinitionKey())
                || !(task.getVariable(LogTimeProcess.CASE_NUMBER) instanceof String caseNumber)) {
            return Map.of();
        }
        return figures(ledger.balance(caseNumber, YearMonth.now(clock.withZone(BusinessTime.ZONE))));
    }

    static Map<String, String> figures(MonthlyBalance balance) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put(MONTH, balance.spot()
                ? "スポット契約全体 (The whole spot engagement)"
                : balance.month().getYear() + "年" + balance.month().getMonthValue() + "月 (" + balance.month() + ")");
        facts.put(USED, Shown.minutes(balance.usedMinutes()) + (balance.percentUsed() == null ? ""
                : "（" + balance.percentUsed().stripTrailingZeros().toPlainString() + "%）"));
        facts.put(CAP, balance.capMinutes() == 0 && balance.percentUsed() == null
                ? "上限なし・契約期間外 (No cap: not under contract)" : Shown.minutes(balance.capMinutes()));
        facts.put(REMAINING, Shown.minutes(balance.remainingMinutes()));
        facts.put(PENDING, Shown.minutes(balance.pendingMinutes()));
        return facts;
    }
}
