package com.dezky.platform.tenant;

import com.dezky.model.tenant.TenantStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Sort;

/** What the derived queries of {@link Tenants} cannot say: filtered pages, counts, conditional updates. */
interface TenantQueries {

    /** The list filters; null means any. {@code search} is a prefix of the slug or the name. */
    record Filter(String search, String plan, String partnerId) {
    }

    /** One page of tenants matching the filter (and status, if given). */
    List<Tenant> page(Filter filter, TenantStatus status, Sort sort, int page, int size);

    /** How many tenants match the filter in each status: the page's total and the status chips in one go. */
    Map<TenantStatus, Long> statusCounts(Filter filter);

    /** Tenants that are not deleted, grouped by partner (null for direct), plan and status. */
    List<Group> livingByPartnerPlanAndStatus(List<String> partnerIds);

    /** Every tenant grouped by status and plan, deleted ones included. */
    List<Group> byStatusAndPlan();

    /** A count of tenants and their seats. */
    record Group(String partnerId, String plan, TenantStatus status, long tenants, long seats) {
    }

    /** Slug, plan and partner of every tenant that is not deleted. */
    List<Tenant> livingSubjects();

    /** Removes the tenant only if it is still deleted and past its grace period. */
    boolean removeIfExpired(String id, Instant now);
}
