package jp.bansou.notification;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** How notifications leave the outbox, from {@code bansou.notification} in application.yaml. */
@Validated
@ConfigurationProperties("bansou.notification")
public record NotificationProperties(
        /* the sender of the e-mails (used only when spring.mail.host is set) */
        @NotBlank String from,
        /* how often the relay sends what is waiting in the outbox */
        @NotNull Duration relayInterval,
        /* how many messages one relay run handles at most */
        @Min(1) int batchSize,
        /* failed sends are retried on later runs up to this many attempts */
        @Min(1) int maxAttempts,
        /* how long recipients' addresses and groups' members are remembered (Recipients) */
        @NotNull Duration recipientsCacheTtl) {
}
