package com.dezky.platform.tenant;

import com.dezky.model.PageView;
import com.dezky.model.tenant.TenantStatus;
import com.dezky.platform.audit.Occurrence;
import com.dezky.platform.store.Transactions;
import com.dezky.platform.web.ApiProblem;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/** The tenant registry as other modules use it: looking tenants up, and activating provisioned ones. */
@Service
public class TenantDirectory {

    /** Sort keys offered by the list, each backed by an index. */
    private static final Map<String, String> SORTS = Map.of(
            "createdAt", "createdAt", "updatedAt", "updatedAt", "name", "nameKey", "slug", "slug");

    private final Tenants tenants;
    private final PartnerDirectory partners;
    private final Clock clock;
    private final Transactions transactions;

    TenantDirectory(Tenants tenants, PartnerDirectory partners, Clock clock, Transactions transactions) {
        this.transactions = transactions;
        this.tenants = tenants;
        this.partners = partners;
        this.clock = clock;
    }

    public Optional<Tenant> find(String slug) {
        return tenants.findBySlug(slug);
    }

    /** The tenant, or 404. */
    public Tenant require(String slug) {
        return find(slug).orElseThrow(() -> ApiProblem.notFound("Tenant " + slug));
    }

    /** The tenant that has this domain, if any: a domain belongs to one tenant at most. */
    public Optional<String> slugWithDomain(String domain) {
        return tenants.findFirstByDomains(domain).map(Tenant::getSlug);
    }

    /** Whether any of these tenants is active. */
    public boolean anyActive(Collection<String> slugs) {
        return !slugs.isEmpty() && tenants.existsBySlugInAndStatus(slugs, TenantStatus.ACTIVE);
    }

    /**
     * A pending tenant whose every enabled integration is provisioned becomes active. Saved at the
     * version it was read, so that a suspension in the meantime is never undone: on a conflict the
     * tenant is read again, and is no longer pending.
     */
    public boolean activateIfPending(String slug) {
        return transactions.write(() -> {
            for (int attempt = 0; attempt < 3; attempt++) {
                Tenant tenant = find(slug).orElse(null);
                if (tenant == null || !tenant.activate(Occurrence.bySystem(clock))) {
                    return false;
                }
                try {
                    tenants.save(tenant);
                    return true;
                } catch (OptimisticLockingFailureException changedMeanwhile) {
                    // Read it again.
                }
            }
            return false;
        });
    }

    /** A page of tenants with the count of each status under the same search and filters. */
    TenantPage list(String search, TenantStatus status, String plan, String partnerSlug, String sort, int page, int size) {
        return list(search, status == null ? null : Set.of(status), plan, partnerSlug, sort, page, size);
    }

    /** A partner's customers: its living tenants, or those of one status. */
    TenantPage customersOf(String partnerSlug, TenantStatus status, int page, int size) {
        Set<TenantStatus> statuses = status != null ? Set.of(status)
                : EnumSet.copyOf(Arrays.stream(TenantStatus.values()).filter(TenantStatus::living).toList());
        return list(null, statuses, null, partnerSlug, "name", page, size);
    }

    private TenantPage list(String search, Set<TenantStatus> statuses, String plan, String partnerSlug, String sort,
            int page, int size) {
        String partnerId = null;
        if (partnerSlug != null) {
            partnerId = partners.idOf(partnerSlug).orElse(null);
            if (partnerId == null) {
                return new TenantPage(new PageView<>(List.of(), page, size, 0), wire(Map.of()));
            }
        }
        TenantQueries.Filter filter = new TenantQueries.Filter(search, plan, partnerId);
        Map<TenantStatus, Long> counts = filter.searches() ? tenants.statusCounts(filter)
                : tenants.countedStatuses(plan, partnerId);
        long total = counts.entrySet().stream().filter(count -> statuses == null || statuses.contains(count.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
        List<Tenant> items = tenants.page(filter, statuses, sortOf(sort), page, size);
        return new TenantPage(new PageView<>(items, page, size, total), wire(counts));
    }

    record TenantPage(PageView<Tenant> page, Map<String, Long> statusCounts) {
    }

    private static Map<String, Long> wire(Map<TenantStatus, Long> counts) {
        Map<String, Long> wire = new LinkedHashMap<>();
        for (TenantStatus status : TenantStatus.values()) {
            wire.put(status.wire(), counts.getOrDefault(status, 0L));
        }
        return wire;
    }

    private static Sort sortOf(String sort) {
        String key = sort == null || sort.isBlank() ? "-createdAt" : sort;
        boolean descending = key.startsWith("-");
        String field = SORTS.get(descending ? key.substring(1) : key);
        if (field == null) {
            throw ApiProblem.invalid("sort", "must be one of " + SORTS.keySet().stream().sorted().toList()
                    + ", with - in front for descending");
        }
        // The slug breaks ties, so pages never overlap or skip.
        return Sort.by(descending ? Sort.Direction.DESC : Sort.Direction.ASC, field).and(Sort.by("slug"));
    }
}
