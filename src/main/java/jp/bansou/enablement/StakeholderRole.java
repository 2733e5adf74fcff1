package jp.bansou.enablement;

/** Which side of the gap a stakeholder stands on: the Dialogue stage must hear both. */
enum StakeholderRole {
    MANAGEMENT, FIELD
}
