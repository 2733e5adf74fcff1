package jp.bansou.contract;

public enum Party {
    CLIENT, FIRM
}
