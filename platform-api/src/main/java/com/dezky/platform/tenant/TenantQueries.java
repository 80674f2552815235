package com.dezky.platform.tenant;

import com.dezky.model.search.SearchTerms;
import com.dezky.model.tenant.TenantStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Sort;

/** What the derived queries of {@link Tenants} cannot say: filtered pages, counts, conditional updates. */
interface TenantQueries {

    /**
     * The list filters; null means any. {@code search} finds the tenants with every word of it
     * starting a word of their name, slug, domains or contact address.
     */
    record Filter(String search, String plan, String partnerId) {

        boolean searches() {
            return !SearchTerms.query(search).isEmpty();
        }
    }

    /** One page of tenants matching the filter (and status, if given). */
    /** A page of the matches in these statuses (all, when null). */
    List<Tenant> page(Filter filter, Collection<TenantStatus> statuses, Sort sort, int page, int size);

    /** How many tenants match the filter in each status, counted over the matches (for a search). */
    Map<TenantStatus, Long> statusCounts(Filter filter);

    /**
     * How many tenants of a partner, on a plan (null: any) are in each status, read from the
     * counters that {@link #count} keeps, without touching a tenant.
     */
    Map<TenantStatus, Long> countedStatuses(String plan, String partnerId);

    /** The counters of each plan: how many tenants, deleted ones included, are on it in each status. */
    Map<String, Map<TenantStatus, Long>> countedByPlan();

    /** Moves one tenant in the counters: out of where it stood (if anywhere), into where it stands (if anywhere). */
    void count(TenantChanged.Standing before, TenantChanged.Standing after);

    /** Whether the counters have been built. */
    boolean counted();

    /** Builds the counters from the tenants, replacing what they held. */
    void recount();

    /** Tenants that are not deleted, grouped by partner (null for direct), plan and status, from the counters. */
    List<Group> livingByPartnerPlanAndStatus(List<String> partnerIds);

    /** A count of tenants and their seats. */
    record Group(String partnerId, String plan, TenantStatus status, long tenants, long seats) {
    }

    /** Slug, plan and partner of every tenant that is not deleted. */
    List<Tenant> livingSubjects();

    /** Removes the tenant only if it is still deleted and past its grace period. */
    boolean removeIfExpired(String id, Instant now);
}
