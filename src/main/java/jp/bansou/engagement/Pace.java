package jp.bansou.engagement;

/** The pace a client can afford: walking, jogging, running in waves. */
public enum Pace {
    SLOW("ゆっくり・歩く (Slow, walking)"),
    STANDARD("標準・ジョギング (Standard, jogging)"),
    FAST("速く・走る (Fast, running in waves)");

    private final String label;

    Pace(String label) {
        this.label = label;
    }

    /** As the inquiry and hearing forms name it. */
    public String label() {
        return label;
    }
}
