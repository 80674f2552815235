package com.dezky.platform.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import com.dezky.model.tenant.ProvisioningState;
import com.dezky.platform.testing.ApiTestSupport;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The provisioning records' leases and outcomes on the embedded store, with a database of their own. */
class ProvisioningLeasesTest extends ApiTestSupport {

    static final Duration LEASE = Duration.ofMinutes(2);

    @Autowired
    ProvisioningRecords records;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        register(registry, "provisioning-leases");
    }

    @Test
    void oneRunnerHoldsTheLeaseUntilItLetsGoOrItRunsOut() {
        String id = ProvisioningRecord.idOf("leased", "ocis");
        Instant now = Instant.now();

        assertThat(records.acquire(id, "leased", "ocis", "first", LEASE, now)).isTrue();
        assertThat(records.acquire(id, "leased", "ocis", "second", LEASE, now)).isFalse();
        assertThat(records.acquire(id, "leased", "ocis", "second", LEASE, now.plus(LEASE).plusSeconds(1)))
                .as("after the first runner's lease ran out").isTrue();
        assertThat(records.releaseAskedAgain(id, "first")).as("only the holder lets go").isFalse();
        assertThat(records.findById(id)).hasValueSatisfying(r -> assertThat(r.leaseOwner()).isEqualTo("second"));
    }

    @Test
    void aRunAskedForMeanwhileMakesTheHolderRunOnceMore() {
        String id = ProvisioningRecord.idOf("busy", "stalwart");
        records.acquire(id, "busy", "stalwart", "holder", LEASE, Instant.now());

        records.askRerun(id);

        assertThat(records.releaseAskedAgain(id, "holder")).isTrue();
        assertThat(records.acquire(id, "busy", "stalwart", "holder", LEASE, Instant.now())).isTrue();
        assertThat(records.releaseAskedAgain(id, "holder")).as("asked once, run once").isFalse();
    }

    @Test
    void outcomesAreRecordedAndStalledTenantsFound() {
        Instant now = Instant.now();
        records.markQueued("stalled", "authentik", ProvisioningState.PENDING, now.minus(Duration.ofHours(1)));
        String ok = ProvisioningRecord.idOf("fine", "authentik");
        records.markQueued("fine", "authentik", ProvisioningState.PENDING, now);
        records.recordOk(ok, Map.of("group", "g-1"), now);
        records.recordError(ProvisioningRecord.idOf("broken", "ocis"), "broken", "ocis", Map.of(), "ocis: down",
                now.minus(Duration.ofHours(1)));

        assertThat(records.findById(ok)).hasValueSatisfying(r -> {
            assertThat(r.state()).isEqualTo(ProvisioningState.OK);
            assertThat(r.ids()).containsEntry("group", "g-1");
            assertThat(r.attempts()).isEqualTo(1);
        });
        assertThat(records.stalledTenants(now.minus(Duration.ofMinutes(1)), now, 10))
                .containsExactlyInAnyOrder("stalled", "broken");
        assertThat(mongo.getCollection("tenant_provisioning").find(new org.bson.Document("_id", ok)).first())
                .as("stored in its wire form").containsEntry("state", "ok");
    }
}
