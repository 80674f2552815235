package com.dezky.platform.tenant;

import com.dezky.model.tenant.TenantStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

/** The tenant registry's persistence. */
interface Tenants extends MongoRepository<Tenant, String>, TenantQueries {

    Optional<Tenant> findBySlug(String slug);

    boolean existsBySlug(String slug);

    boolean existsBySlugInAndStatus(Collection<String> slugs, TenantStatus status);

    /** Another tenant holding any of these domains. */
    Optional<Tenant> findFirstByDomainsInAndIdNot(Collection<String> domains, String id);

    Optional<Tenant> findFirstByDomains(String domain);

    List<Tenant> findByStatusAndPurgeAfterLessThanEqual(TenantStatus status, Instant now);
}
