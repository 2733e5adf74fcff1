package jp.bansou.engagement;

import jp.bansou.security.CaseConsultants;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Tells security who consults on a case. */
@Component
class EngagementConsultants implements CaseConsultants {

    private final EngagementService engagements;

    EngagementConsultants(EngagementService engagements) {
        this.engagements = engagements;
    }

    @Override
    public @Nullable String consultantOf(String caseNumber) {
        return engagements.get(caseNumber).consultant();
    }
}
