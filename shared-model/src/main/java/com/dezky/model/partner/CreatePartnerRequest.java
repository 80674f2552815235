package com.dezky.model.partner;

import com.dezky.model.Patterns;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /partners}. {@code marginPct} is the partner's share of its customers' revenue,
 * 0–100 with at most two decimals. {@code status} defaults to {@code in-negotiation}.
 */
public record CreatePartnerRequest(
        @NotBlank @Pattern(regexp = Patterns.SLUG, message = "3-40 characters: a-z, 0-9 and hyphens, not at either end") String slug,
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Pattern(regexp = Patterns.HOSTNAME, message = "must be a host name such as example.com") String domain,
        @SettableStatus @Nullable PartnerStatus status,
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal marginPct,
        @Nullable LocalDate partnershipStartedAt,
        @Valid @Nullable PartnerContact contactInfo,
        @Valid @Nullable PartnerBilling billingInfo) {
}
