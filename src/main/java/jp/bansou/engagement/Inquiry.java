package jp.bansou.engagement;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** A first contact from a prospect: "just a consultation" is welcome, no contract is presumed. */
public record Inquiry(
        @NotBlank @Size(max = 200) String organisation,
        @NotBlank @Size(max = 100) String contactName,
        @NotBlank @Email @Size(max = 254) String contactEmail,
        @NotNull @Positive @Max(1_000_000) Integer employeeCount,
        @NotBlank @Size(max = 4000) String message,
        Pace preferredPace) {
}
