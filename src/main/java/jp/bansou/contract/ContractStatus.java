package jp.bansou.contract;

/** Where a contract stands: running, paused after a term that ended undecided, or ended. */
public enum ContractStatus {
    RUNNING, PAUSED_UNDECIDED, ENDED
}
