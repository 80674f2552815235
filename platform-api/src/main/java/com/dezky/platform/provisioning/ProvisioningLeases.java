package com.dezky.platform.provisioning;

import com.dezky.model.tenant.ProvisioningState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Field-by-field writes of {@link ProvisioningRecords}: states, outcomes and the runners' leases. */
interface ProvisioningLeases {

    /** Records the integration as pending (or skipped, when its upstream is not enabled), creating the record. */
    void markQueued(String tenant, String integration, ProvisioningState state, Instant now);

    /** Takes the lease if no one holds it (or it ran out); false if someone is at it. */
    boolean acquire(String id, String tenant, String integration, String owner, Duration lease, Instant now);

    /** Asks the holder of the lease to run once more before letting go. */
    void askRerun(String id);

    /** Lets go of the lease and answers whether another run was asked for meanwhile. */
    boolean releaseAskedAgain(String id, String owner);

    void recordOk(String id, Map<String, String> externalIds, Instant now);

    void recordError(String id, String tenant, String integration, Map<String, String> externalIds, String error,
            Instant now);

    /** Tenants with an integration in error, or pending without a live lease, unchanged since {@code before}. */
    List<String> stalledTenants(Instant before, Instant now, int limit);

    void remove(String id);
}
