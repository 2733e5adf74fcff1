package jp.bansou.engagement;

enum ClientAnswer {
    ACCEPTED, DECLINED
}
