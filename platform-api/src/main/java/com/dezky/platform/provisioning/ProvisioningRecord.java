package com.dezky.platform.provisioning;

import com.dezky.model.tenant.ProvisioningState;
import com.dezky.model.tenant.TenantView;
import java.time.Instant;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One tenant's state in one integration ({@code _id} = {@code <slug>:<integration>}), kept
 * apart from the tenant document so that provisioning never races an operator's edit. The
 * lease fields make sure that one runner at a time works on it, across replicas; a request
 * that finds the lease taken sets {@code rerun}, and the holder runs once more before letting go.
 * Written field by field (never as a whole), so boxed fields may be absent.
 */
@Document("tenant_provisioning")
record ProvisioningRecord(
        @Id String id,
        @Indexed String tenant,
        String integration,
        ProvisioningState state,
        Map<String, String> externalIds,
        String lastError,
        Instant lastErrorAt,
        Integer attempts,
        Instant updatedAt,
        String leaseOwner,
        Instant leaseUntil,
        Boolean rerun) {

    static String idOf(String tenant, String integration) {
        return tenant + ":" + integration;
    }

    Map<String, String> ids() {
        return externalIds == null ? Map.of() : externalIds;
    }

    TenantView.ProvisioningView toView(boolean sandbox) {
        return new TenantView.ProvisioningView(state, ids(), lastError, lastErrorAt, attempts == null ? 0 : attempts,
                updatedAt, sandbox);
    }
}
