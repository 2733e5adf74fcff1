package jp.bansou.hours;

import java.util.List;

/** Prior-period adjustments with their totals: what they add to the closed months' used and pending minutes. */
record Adjustments(int count, int usedMinutes, int pendingMinutes, List<PriorPeriodAdjustment> items) {

    static final Adjustments NONE = of(List.of());

    static Adjustments of(List<PriorPeriodAdjustment> items) {
        return new Adjustments(items.size(), items.stream().mapToInt(PriorPeriodAdjustment::usedMinutes).sum(),
                items.stream().mapToInt(PriorPeriodAdjustment::pendingMinutes).sum(), List.copyOf(items));
    }
}
