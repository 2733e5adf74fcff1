package jp.bansou.hours;

import java.time.YearMonth;

/**
 * The reply SLA figures of a case's month as the monthly close keeps them (domain.md, section 3: the close
 * snapshots the SLA figures). {@link Source} is implemented where the consultations live.
 */
public record ReplySla(int consultations, int repliedInTime, int breached, int open, Integer medianDelayMinutes,
        Integer worstDelayMinutes) {

    public interface Source {

        ReplySla of(String caseNumber, YearMonth month);
    }
}
