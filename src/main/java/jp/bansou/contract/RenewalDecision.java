package jp.bansou.contract;

public enum RenewalDecision {
    RENEW, END
}
