package jp.bansou.enablement;

import java.util.Comparator;

import jp.bansou.plan.PlanCatalog;
import jp.bansou.plan.PlanCatalog.PlanTerms;
import jp.bansou.platform.FormLimit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The enablement forms' limits that are configuration values, as the forms show and check them. */
@Configuration(proxyBeanMethods = false)
class EnablementFormLimits {

    /** 所要時間 (Minutes) of a scheduled meeting: {@code bansou.enablement.max-meeting-minutes}. */
    @Bean
    FormLimit meetingMinutesLimit(EnablementProperties properties) {
        return new FormLimit("enablement-scheduled-meeting.form", "minutes", properties.maxMeetingMinutes());
    }

    /**
     * 計画時間 (Planned hours) of a month: the largest plan's monthly cap ({@code bansou.plans.*.monthly-cap-hours});
     * the service then holds the case to its own plan's cap.
     */
    @Bean
    FormLimit plannedHoursLimit(PlanCatalog plans) {
        return new FormLimit("enablement-self-propelled-work.form", "plannedHours", plans.plans().values().stream()
                .map(PlanTerms::monthlyCapHours).max(Comparator.naturalOrder()).orElse(0));
    }
}
