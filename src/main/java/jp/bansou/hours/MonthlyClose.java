package jp.bansou.hours;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import jp.bansou.contract.Contract;
import jp.bansou.contract.ContractService;
import jp.bansou.engagement.Engagement;
import jp.bansou.engagement.EngagementService;
import jp.bansou.platform.BusinessTime;
import jp.bansou.platform.InvalidInputException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 月次締め (Monthly close): once a month is over, a snapshot per case that had a contract in it, after which
 * the month refuses entries. The month is marked closed first (no new entry from then on), then every case is
 * snapshotted in a transaction of its own under its month's lock (an entry recorded just before is included).
 * Idempotent: running it again for a month, e.g. after a crash half-way, adds only the missing snapshots.
 */
@Service
public class MonthlyClose {

    private static final Logger log = LoggerFactory.getLogger(MonthlyClose.class);

    private final HourLedger ledger;
    private final HourRepository hours;
    private final EngagementService engagements;
    private final ContractService contracts;
    private final TransactionTemplate transaction;
    private final Clock clock;

    MonthlyClose(HourLedger ledger, HourRepository hours, EngagementService engagements, ContractService contracts,
            PlatformTransactionManager transactions, Clock clock) {
        this.ledger = ledger;
        this.hours = hours;
        this.engagements = engagements;
        this.contracts = contracts;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Closes the month before this one (Tokyo); what the Quartz job runs. */
    public YearMonth closePreviousMonth() {
        YearMonth previous = YearMonth.now(clock.withZone(BusinessTime.ZONE)).minusMonths(1);
        close(previous);
        return previous;
    }

    /** Closes a month that is over; returns how many snapshots this run added. */
    public int close(YearMonth month) {
        if (!month.isBefore(YearMonth.now(clock.withZone(BusinessTime.ZONE)))) {
            throw new InvalidInputException("month", "only a month that is over can be closed");
        }
        boolean newlyClosed = Boolean.TRUE.equals(transaction.execute(status -> hours.markClosed(month, clock.instant())));
        int added = 0;
        for (Engagement engagement : engagements.all()) {
            String caseNumber = engagement.caseNumber();
            if (contracts.findContract(caseNumber).filter(contract -> overlaps(contract, month)).isPresent()
                    && Boolean.TRUE.equals(transaction.execute(status -> ledger.snapshot(caseNumber, month)))) {
                added++;
            }
        }
        log.info("Monthly close of {}: {}, {} snapshot(s) added", month,
                newlyClosed ? "closed now" : "already closed", added);
        return added;
    }

    public boolean isClosed(YearMonth month) {
        return hours.closedAt(month).isPresent();
    }

    /** The snapshots of a month (none before it is closed) and its prior-period adjustments. */
    public MonthlyReport report(YearMonth month) {
        Instant closedAt = hours.closedAt(month).orElse(null);
        List<MonthlyCloseSnapshot> snapshots = hours.snapshots(month);
        return new MonthlyReport(month, closedAt != null, closedAt, snapshots,
                Adjustments.of(hours.adjustmentsOf(month, null)), Adjustments.of(hours.adjustmentsBookedIn(month, null)),
                trialReviews(month));
    }

    private List<TrialReviewSignals> trialReviews(YearMonth month) {
        return engagements.all().stream()
                .flatMap(engagement -> contracts.terms(engagement.caseNumber()).stream()
                        .filter(term -> term.trialSignals() != null)
                        .filter(term -> YearMonth.from(term.trialSignals().recordedAt().atZone(BusinessTime.ZONE)).equals(month))
                        .map(term -> new TrialReviewSignals(engagement.caseNumber(), term.trialSignals())))
                .toList();
    }

    private static boolean overlaps(Contract contract, YearMonth month) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        return !contract.startsOn().isAfter(last) && (contract.endedOn() == null || !contract.endedOn().isBefore(first));
    }
}
