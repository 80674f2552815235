package com.dezky.model.partner;

import com.dezky.model.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A partner as the API shows it. {@code customers}, {@code mrr} and {@code payout} are
 * computed from the tenant registry when asked, never stored.
 */
public record PartnerView(
        String id,
        String slug,
        String name,
        String domain,
        PartnerStatus status,
        BigDecimal marginPct,
        @Nullable LocalDate partnershipStartedAt,
        @Nullable PartnerContact contactInfo,
        @Nullable PartnerBilling billingInfo,
        long customers,
        Money mrr,
        Money payout,
        @Nullable Instant terminatedAt,
        Instant createdAt,
        Instant updatedAt,
        long version) {
}
