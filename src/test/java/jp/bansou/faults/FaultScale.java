package jp.bansou.faults;

/**
 * How much work the fault tests do: {@code -Dfault.scale=1} is the full figure of issue 14 (1,000 consultations
 * killed before due, 10,000 drained by two nodes; the {@code faults} Maven profile); the default keeps
 * {@code ./mvnw verify} short.
 */
final class FaultScale {

    static final double SCALE = Double.parseDouble(System.getProperty("fault.scale", "0.2"));

    private FaultScale() {
    }

    /** {@code full} at scale 1, at least 1. */
    static int of(int full) {
        return Math.max(1, (int) Math.round(full * SCALE));
    }
}
