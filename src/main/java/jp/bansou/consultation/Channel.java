package jp.bansou.consultation;

/** How a daily consultation reached the firm. */
public enum Channel {
    EMAIL, CHAT
}
