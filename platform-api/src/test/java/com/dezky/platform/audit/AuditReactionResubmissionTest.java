package com.dezky.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doThrow;

import com.dezky.platform.testing.ApiTestSupport;
import com.dezky.platform.testing.Publications;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The audit trail is a reaction to domain events, kept by the event publication registry: an
 * append that fails is resubmitted and then recorded exactly once, however often it is resubmitted.
 */
class AuditReactionResubmissionTest extends ApiTestSupport {

    @MockitoSpyBean
    AuditTrail trail;

    @Autowired
    FailedEventPublications failed;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        register(registry, "audit-resubmission");
    }

    @Test
    void anAppendThatFailsOnceIsResubmittedAndRecordedExactlyOnce() {
        String slug = uniqueSlug("resubmitted");
        doThrow(new IllegalStateException("audit store down for a moment")).doCallRealMethod().when(trail)
                .record(argThat(event -> event instanceof com.dezky.platform.tenant.TenantChanged changed
                        && changed.slug().equals(slug)));

        operator().post("/tenants", Map.of("slug", slug, "name", "Resubmitted", "plan", "starter", "seatCap", 3))
                .expect(201);
        assertThat(created(slug)).as("the change stands; its audit entry is pending").isZero();
        assertThat(Publications.failed(mongo, "AuditRecorder", slug)).isEqualTo(1);

        failed.resubmit(ResubmissionOptions.defaults());
        failed.resubmit(ResubmissionOptions.defaults());

        assertThat(created(slug)).isEqualTo(1);
        assertThat(Publications.completed(mongo, "AuditRecorder", slug)).isEqualTo(1);
        assertThat(trail.verify().ok()).isTrue();
    }

    private long created(String slug) {
        return operator().get("/audit?action=tenant.created&tenant=" + slug).expect(200).body().get("totalItems").asLong();
    }
}
