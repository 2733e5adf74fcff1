package jp.bansou.engagement;

/** The consultant's role the client is looking for: sparring on judgment, running alongside, reworking structure. */
enum Involvement {
    JUDGMENT, EXECUTION, TRANSFORMATION
}
