package jp.bansou.engagement;

enum TargetScope {
    INDIVIDUAL, TEAM, ORGANISATION
}
