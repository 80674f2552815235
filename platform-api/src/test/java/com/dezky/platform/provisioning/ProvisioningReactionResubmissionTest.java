package com.dezky.platform.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;

import com.dezky.platform.testing.ApiTestSupport;
import com.dezky.platform.testing.Publications;
import com.dezky.sandbox.UpstreamSandbox;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import tools.jackson.databind.JsonNode;

/**
 * Provisioning reacts to tenant changes through the event publication registry: a reconcile that
 * fails is resubmitted and provisions the tenant exactly once. A database and sandbox of its own,
 * so that no other context's scheduled resubmission takes its failed publication.
 */
class ProvisioningReactionResubmissionTest extends ApiTestSupport {

    static final UpstreamSandbox sandbox = new UpstreamSandbox(0).start();

    @MockitoSpyBean
    Provisioner provisioner;

    @Autowired
    FailedEventPublications failed;

    @DynamicPropertySource
    static void environment(DynamicPropertyRegistry registry) {
        registerWithSandbox(registry, "provisioning-resubmission", sandbox);
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @Test
    void aReconcileThatFailsOnceIsResubmittedAndProvisionsExactlyOnce() {
        String slug = uniqueSlug("once");
        doThrow(new IllegalStateException("interrupted")).doCallRealMethod().when(provisioner).reconcile(slug);

        operator().post("/tenants", Map.of("slug", slug, "name", "Once", "plan", "business", "seatCap", 5,
                "domains", List.of(slug + ".example"))).expect(201);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> Publications.failed(mongo, "ProvisioningReactions", slug) == 1);
        assertThat(tenant(slug).get("status").asString()).isEqualTo("pending");

        failed.resubmit(ResubmissionOptions.defaults());

        await().atMost(Duration.ofSeconds(15)).until(() -> tenant(slug).get("status").asString().equals("active"));
        failed.resubmit(ResubmissionOptions.defaults());
        await().atMost(Duration.ofSeconds(5))
                .until(() -> Publications.completed(mongo, "ProvisioningReactions", slug) == 1);
        assertThat(sandbox.counts("authentik")).containsEntry("groups", 2);
        assertThat(sandbox.counts("stalwart")).containsEntry("domains", 1);
        assertThat(sandbox.counts("ocis")).containsEntry("drives", 1).containsEntry("groups", 1);
        assertThat(operator().get("/audit?tenant=" + slug + "&action=tenant.activated").body().get("totalItems").asLong())
                .isEqualTo(1);
    }

    private JsonNode tenant(String slug) {
        return operator().get("/tenants/" + slug).expect(200).body();
    }
}
