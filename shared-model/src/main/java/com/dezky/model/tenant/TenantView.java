package com.dezky.model.tenant;

import com.dezky.model.Money;
import com.dezky.model.partner.PartnerStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A tenant as the API shows it. {@code status} is {@code pending}, {@code active},
 * {@code suspended} or {@code deleted}; {@code allowedActions} are the lifecycle actions
 * possible now; {@code mrr} is what the tenant is billed monthly (zero unless active).
 */
public record TenantView(
        String id,
        String slug,
        String name,
        TenantStatus status,
        String plan,
        int seatCap,
        List<String> domains,
        @Nullable PartnerRef partner,
        @Nullable ContactInfo contactInfo,
        @Nullable BillingInfo billingInfo,
        Map<String, ProvisioningView> provisioning,
        @Nullable String suspendedReason,
        @Nullable Instant deletedAt,
        @Nullable Instant purgeAfter,
        Instant createdAt,
        Instant updatedAt,
        Money mrr,
        List<TenantAction> allowedActions,
        long version) {

    /** The partner a tenant is attached to, with its status (a terminated partner needs follow-up). */
    public record PartnerRef(String slug, String name, PartnerStatus status) {
    }

    /**
     * One integration's provisioning state: {@code pending}, {@code ok}, {@code error} or
     * {@code skipped}; {@code sandbox} when its upstream is a sandbox, whose addresses (a file
     * space's web URL) serve nothing real.
     */
    public record ProvisioningView(ProvisioningState state, Map<String, String> externalIds, @Nullable String lastError,
            @Nullable Instant lastErrorAt, int attempts, @Nullable Instant updatedAt, boolean sandbox) {
    }
}
