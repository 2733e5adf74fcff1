package jp.bansou.contract;

/** Why a plan came into force: the signed contract, a renewal, or a revision notice. */
public enum PlanChangeSource {
    SIGNED, RENEWAL, REVISION
}
