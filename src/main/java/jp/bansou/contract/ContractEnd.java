package jp.bansou.contract;

/** Why a contract ended. */
public enum ContractEnd {
    NOT_RENEWED, CANCELLED
}
