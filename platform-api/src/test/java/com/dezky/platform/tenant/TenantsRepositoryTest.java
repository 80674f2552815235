package com.dezky.platform.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.dezky.model.tenant.TenantStatus;
import com.dezky.platform.testing.ApiTestSupport;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The tenant repository's own queries on the embedded store, with a database of its own. */
class TenantsRepositoryTest extends ApiTestSupport {

    @Autowired
    Tenants tenants;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        register(registry, "tenants-repository");
    }

    @BeforeEach
    void empty() {
        tenants.deleteAll();
        tenants.recount();
    }

    @Test
    void findsBySlugAndByDomainAnotherTenantHolds() {
        Tenant acme = TenantFixtures.insert(mongo, "acme", TenantStatus.ACTIVE, "business", 5, null);
        mongo.updateFirst(query(where("slug").is("acme")), Update.update("domains", List.of("acme.example")), Tenant.class);

        assertThat(tenants.findBySlug("acme")).map(Tenant::getId).hasValue(acme.getId());
        assertThat(tenants.findFirstByDomainsInAndIdNot(List.of("acme.example"), "other-id")).isPresent();
        assertThat(tenants.findFirstByDomainsInAndIdNot(List.of("acme.example"), acme.getId())).isEmpty();
        assertThat(tenants.existsBySlugInAndStatus(List.of("acme", "nobody"), TenantStatus.ACTIVE)).isTrue();
        assertThat(tenants.existsBySlugInAndStatus(List.of("acme"), TenantStatus.SUSPENDED)).isFalse();
    }

    @Test
    void pagesFilterAndCountEachStatusUnderTheSameFilter() {
        TenantFixtures.insert(mongo, "alpha-one", TenantStatus.ACTIVE, "business", 5, "p1");
        TenantFixtures.insert(mongo, "alpha-two", TenantStatus.SUSPENDED, "business", 5, "p1");
        TenantFixtures.insert(mongo, "alpha-three", TenantStatus.ACTIVE, "starter", 5, null);
        TenantFixtures.insert(mongo, "beta", TenantStatus.ACTIVE, "business", 5, "p1");

        TenantQueries.Filter alphas = new TenantQueries.Filter("ALPHA", "business", "p1");
        assertThat(tenants.page(alphas, null, Sort.by("slug"), 0, 10)).extracting(Tenant::getSlug)
                .containsExactly("alpha-one", "alpha-two");
        assertThat(tenants.page(alphas, Set.of(TenantStatus.SUSPENDED), Sort.by("slug"), 0, 10)).extracting(Tenant::getSlug)
                .containsExactly("alpha-two");
        Map<TenantStatus, Long> counts = tenants.statusCounts(alphas);
        assertThat(counts).containsEntry(TenantStatus.ACTIVE, 1L).containsEntry(TenantStatus.SUSPENDED, 1L)
                .containsEntry(TenantStatus.PENDING, 0L).containsEntry(TenantStatus.DELETED, 0L);
    }

    @Test
    void groupsLivingTenantsByPartnerPlanAndStatusWithTheirSeats() {
        TenantFixtures.insert(mongo, "g1", TenantStatus.ACTIVE, "business", 5, "p1");
        TenantFixtures.insert(mongo, "g2", TenantStatus.ACTIVE, "business", 7, "p1");
        TenantFixtures.insert(mongo, "g3", TenantStatus.DELETED, "business", 9, "p1");
        TenantFixtures.insert(mongo, "g4", TenantStatus.ACTIVE, "starter", 3, null);

        assertThat(tenants.livingByPartnerPlanAndStatus(List.of("p1")))
                .containsExactly(new TenantQueries.Group("p1", "business", TenantStatus.ACTIVE, 2, 12));
        assertThat(tenants.livingByPartnerPlanAndStatus(null)).hasSize(2);
        assertThat(tenants.livingSubjects()).extracting(Tenant::getSlug).containsExactlyInAnyOrder("g1", "g2", "g4");
    }

    @Test
    void removesATenantOnlyWhileItIsDeletedAndPastItsGracePeriod() {
        Tenant deleted = TenantFixtures.insert(mongo, "gone", TenantStatus.DELETED, "business", 5, null);
        Tenant active = TenantFixtures.insert(mongo, "here", TenantStatus.ACTIVE, "business", 5, null);

        assertThat(tenants.removeIfExpired(active.getId(), Instant.now().plusSeconds(60L * 24 * 3600 * 31))).isFalse();
        assertThat(tenants.removeIfExpired(deleted.getId(), Instant.now())).as("within its grace period").isFalse();
        assertThat(tenants.removeIfExpired(deleted.getId(), deleted.getPurgeAfter())).isTrue();
        assertThat(tenants.removeIfExpired(deleted.getId(), deleted.getPurgeAfter())).as("once").isFalse();
    }
}
