package jp.bansou.enablement;

/** The topics the consultant supports across (domain.md, section 1). */
enum SupportArea {
    PEOPLE_ORGANISATION, BUSINESS_PROCESS, IT_DX, OTHER
}
