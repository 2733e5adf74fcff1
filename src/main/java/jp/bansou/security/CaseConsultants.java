package jp.bansou.security;

import org.jspecify.annotations.Nullable;

/**
 * Who consults on a case. The module that owns the cases (engagement) implements it, so that {@link CaseAccess} can
 * answer for every module without security depending on any of them.
 */
public interface CaseConsultants {

    /**
     * The case's consultant, or null while nobody holds the case (before its hearing).
     *
     * @throws jp.bansou.platform.NotFoundException when there is no such case
     */
    @Nullable String consultantOf(String caseNumber);
}
