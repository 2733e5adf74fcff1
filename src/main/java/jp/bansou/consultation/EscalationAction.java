package jp.bansou.consultation;

/** What the manager did about a late reply (返信遅延エスカレーション). */
enum EscalationAction {
    CONSULTANT_CHASED, CLIENT_INFORMED, MANAGER_REPLYING
}
