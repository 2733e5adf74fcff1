package jp.bansou.engagement;

/** The pace a client can afford: walking, jogging, running in waves. */
public enum Pace {
    SLOW, STANDARD, FAST
}
