package com.dezky.platform.tenant;

import com.dezky.model.tenant.TenantView;
import java.time.Instant;
import java.util.Map;

/** One integration's provisioning state for a tenant (filled by provisioning). */
public record ProvisioningState(String state, Map<String, String> externalIds, String lastError,
        Instant lastErrorAt, int attempts, Instant updatedAt) {

    TenantView.ProvisioningView toView() {
        return new TenantView.ProvisioningView(state, externalIds == null ? Map.of() : externalIds, lastError,
                lastErrorAt, attempts, updatedAt);
    }
}
