package jp.bansou.plan;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** The figures of every plan (domain.md, section 1), from {@code bansou.plans} in application.yaml. */
@Validated
@ConfigurationProperties("bansou")
public record PlanCatalog(@NotEmpty Map<Plan, @Valid PlanTerms> plans) {

    public PlanCatalog {
        for (Plan plan : Plan.values()) {
            if (!plans.containsKey(plan)) {
                throw new IllegalArgumentException("bansou.plans." + plan + " is not configured");
            }
        }
        plans = Map.copyOf(plans);
    }

    public PlanTerms terms(Plan plan) {
        return plans.get(plan);
    }

    public record PlanTerms(
            @PositiveOrZero int monthlyCapHours,
            @PositiveOrZero int scheduledMeetingsPerMonth,
            @PositiveOrZero int replySlaBusinessDays) {
    }
}
