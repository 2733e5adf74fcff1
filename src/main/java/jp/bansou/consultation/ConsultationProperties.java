package jp.bansou.consultation;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** Daily consultations, from {@code bansou.consultation} in application.yaml. */
@Validated
@ConfigurationProperties("bansou.consultation")
record ConsultationProperties(
        /* how far ahead of the service's clock a receipt time may be (the sender's clock may run a little fast);
           later is refused as a receipt in the future */
        @NotNull Duration receiptClockTolerance) {
}
