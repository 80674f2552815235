package com.dezky.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.dezky.platform.tenant.TenantChanged;
import com.dezky.platform.testing.ApiTestSupport;
import com.dezky.platform.testing.MongoDbReplicaSet;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.EventListener;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * On a replica set, a change and the publications of its events (which the audit entry and
 * every other reaction are made from) are written in one MongoDB transaction: a failure between
 * the two writes leaves neither. Skipped where no Docker engine runs; the embedded store of the
 * local stack has no transactions (docs/operations.md says what that means).
 */
@Testcontainers(disabledWithoutDocker = true)
class TransactionsOnMongoDbTest extends ApiTestSupport {

    static final String FAILING = "fails-between-";

    @DynamicPropertySource
    static void replicaSet(DynamicPropertyRegistry registry) {
        register(registry, "transactions");
        MongoDbReplicaSet.register(registry, "transactions");
    }

    /** Fails after the tenant is written and its events' publications are stored, inside the transaction. */
    @TestConfiguration(proxyBeanMethods = false)
    static class FailingBetweenTheWrites {

        @EventListener
        public void on(TenantChanged changed) {
            if (changed.slug().startsWith(FAILING)) {
                throw new IllegalStateException("the process dies between the two writes");
            }
        }
    }

    @Test
    void aFailureBetweenTheChangeAndItsEventsLeavesNeither() {
        String slug = uniqueSlug(FAILING.substring(0, FAILING.length() - 1));

        operator().post("/tenants", Map.of("slug", slug, "name", "Half", "plan", "starter", "seatCap", 1)).expect(500);

        operator().get("/tenants/" + slug).expectProblem(404, "not-found");
        assertThat(publicationsAbout(slug)).as("no publication, so no audit entry and no reaction").isZero();
        assertThat(operator().get("/audit?tenant=" + slug).body().get("totalItems").asLong()).isZero();
    }

    @Test
    void aChangeThatCommitsHasItsPublicationsAndItsAuditEntry() {
        String slug = uniqueSlug("whole");

        operator().post("/tenants", Map.of("slug", slug, "name", "Whole", "plan", "starter", "seatCap", 1)).expect(201);

        assertThat(publicationsAbout(slug)).isPositive();
        assertThat(operator().get("/audit?tenant=" + slug + "&action=tenant.created").body().get("totalItems").asLong())
                .isEqualTo(1);
    }

    private long publicationsAbout(String slug) {
        return mongo.getCollection("event_publication").countDocuments(new Document("event.slug", slug));
    }
}
