package jp.bansou.channel;

/** What a manager decides about a message no case matched (or several did). */
enum TriageDecision {
    ASSIGN, NOT_CONSULTATION
}
