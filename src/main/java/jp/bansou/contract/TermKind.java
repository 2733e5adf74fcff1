package jp.bansou.contract;

public enum TermKind {
    TRIAL, RENEWAL
}
