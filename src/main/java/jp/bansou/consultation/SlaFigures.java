package jp.bansou.consultation;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Reply SLA figures of a case for the consultations received in a month (Asia/Tokyo), as of {@code asOf}.
 * {@code breached}: replied late or still unanswered after the due time (overlaps {@code open}).
 * Delays are business minutes from the due time to a late reply; the median and the worst are over the late
 * replies (null when there is none); an even count's median is the mean of the middle two, rounded up.
 */
record SlaFigures(
        String caseNumber,
        YearMonth month,
        Instant asOf,
        int consultations,
        int repliedInTime,
        int breached,
        int open,
        @Nullable Integer medianDelayMinutes,
        @Nullable Integer worstDelayMinutes) {

    static SlaFigures of(String caseNumber, YearMonth month, List<Consultation> received, Instant asOf) {
        List<Integer> delays = received.stream()
                .filter(c -> c.reply() != null && c.reply().delayMinutes() != null)
                .map(c -> c.reply().delayMinutes())
                .sorted()
                .toList();
        return new SlaFigures(caseNumber, month, asOf,
                received.size(),
                (int) received.stream().filter(Consultation::isRepliedInTime).count(),
                (int) received.stream().filter(c -> c.isBreachedAt(asOf)).count(),
                (int) received.stream().filter(Consultation::isOpen).count(),
                median(delays),
                delays.isEmpty() ? null : delays.get(delays.size() - 1));
    }

    private static @Nullable Integer median(List<Integer> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int middle = sorted.size() / 2;
        if (sorted.size() % 2 == 1) {
            return sorted.get(middle);
        }
        int sum = sorted.get(middle - 1) + sorted.get(middle);
        return (sum + 1) / 2;
    }
}
