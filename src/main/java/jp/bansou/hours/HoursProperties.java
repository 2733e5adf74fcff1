package jp.bansou.hours;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** Hour accounting (domain.md, section 3 "Hours"), from {@code bansou.hours} in application.yaml. */
@Validated
@ConfigurationProperties("bansou.hours")
public record HoursProperties(
        /* the consultant and the managers are told once per case and month when this share of the cap is used */
        @Min(1) @Max(100) int warningThresholdPercent,
        /* Quartz cron of the monthly close, in Asia/Tokyo */
        @NotBlank String closeCron) {
}
