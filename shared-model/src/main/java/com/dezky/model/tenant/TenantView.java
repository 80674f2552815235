package com.dezky.model.tenant;

import com.dezky.model.Money;
import com.dezky.model.partner.PartnerStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;

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
        PartnerRef partner,
        ContactInfo contactInfo,
        BillingInfo billingInfo,
        Map<String, ProvisioningView> provisioning,
        String suspendedReason,
        Instant deletedAt,
        Instant purgeAfter,
        Instant createdAt,
        Instant updatedAt,
        Money mrr,
        List<TenantAction> allowedActions,
        long version) {

    /** The partner a tenant is attached to, with its status (a terminated partner needs follow-up). */
    public record PartnerRef(String slug, String name, PartnerStatus status) {
    }

    /** One integration's provisioning state: {@code pending}, {@code ok}, {@code error} or {@code skipped}. */
    public record ProvisioningView(ProvisioningState state, Map<String, String> externalIds, String lastError,
            Instant lastErrorAt, int attempts, Instant updatedAt) {
    }
}
