package jp.bansou.contract;

import java.time.LocalTime;
import java.time.Period;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** Contract terms (domain.md, "Contract"), from {@code bansou.contract} in application.yaml. */
@Validated
@ConfigurationProperties("bansou.contract")
public record ContractProperties(
        @NotNull Period trialTerm,
        @NotNull Period renewalTerm,
        @NotNull Period noticePeriod,
        /* how long before a term ends the renewal decision (or the trial review) is opened */
        @NotNull Period renewalReviewLead,
        /* how long before a term ends an undecided renewal goes to the managers */
        @NotNull Period renewalEscalationBeforeEnd,
        /* how far back a contract's start may be dated when it is recorded late */
        @NotNull Period maxBackdatedStart,
        /* how long after it was received a notice may still be recorded with its received date */
        @NotNull Period maxBackdatedNotice,
        /* the time of day at which dated reviews open as tasks */
        @NotNull LocalTime taskOpeningTime) {
}
