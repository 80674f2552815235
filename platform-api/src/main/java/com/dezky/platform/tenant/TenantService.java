package com.dezky.platform.tenant;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.dezky.model.Audience;
import com.dezky.model.PageView;
import com.dezky.model.Patterns;
import com.dezky.model.tenant.BillingInfo;
import com.dezky.model.tenant.ContactInfo;
import com.dezky.model.tenant.CreateTenantRequest;
import com.dezky.platform.audit.AuditChanges;
import com.dezky.platform.audit.AuditEntry;
import com.dezky.platform.audit.AuditTrail;
import com.dezky.platform.membership.Membership;
import com.dezky.platform.membership.Memberships;
import com.dezky.platform.plan.PlanCatalogue;
import com.dezky.platform.security.Caller;
import com.dezky.platform.web.ApiProblem;
import com.dezky.platform.web.ETags;
import com.dezky.platform.web.MergePatch;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.bson.Document;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

@Service
@EnableConfigurationProperties(TenantProperties.class)
public class TenantService {

    /** Fields a PATCH may change. slug is the identity; status changes through lifecycle actions. */
    private static final Set<String> PATCHABLE =
            Set.of("name", "plan", "seatCap", "domains", "partner", "contactInfo", "billingInfo");
    private static final Map<String, String> FIXED = Map.of(
            "slug", "cannot be changed",
            "status", "changes through the lifecycle actions (suspend, resume, delete, restore)");
    private static final Pattern HOSTNAME = Pattern.compile(Patterns.HOSTNAME);
    private static final int MAX_DOMAINS = 20;

    /** Sort keys offered by the list, each backed by an index. */
    private static final Map<String, String> SORTS = Map.of(
            "createdAt", "createdAt", "updatedAt", "updatedAt", "name", "nameKey", "slug", "slug");

    private final MongoTemplate mongo;
    private final PlanCatalogue plans;
    private final PartnerDirectory partners;
    private final Memberships memberships;
    private final AuditTrail audit;
    private final TenantProperties properties;
    private final MergePatch mergePatch;
    private final TenantProvisioning provisioning;
    private final Clock clock;

    TenantService(MongoTemplate mongo, PlanCatalogue plans, PartnerDirectory partners, Memberships memberships,
            AuditTrail audit, TenantProperties properties, MergePatch mergePatch, TenantProvisioning provisioning,
            Clock clock) {
        this.provisioning = provisioning;
        this.mongo = mongo;
        this.plans = plans;
        this.partners = partners;
        this.memberships = memberships;
        this.audit = audit;
        this.properties = properties;
        this.mergePatch = mergePatch;
        this.clock = clock;
    }

    Tenant create(CreateTenantRequest request) {
        if (request.slug().endsWith("-admins")) {
            throw ApiProblem.invalid("slug", "must not end in -admins (reserved for the tenant's admin group)");
        }
        plans.require("plan", request.plan());
        String partnerId = request.partner() == null ? null : requirePartner("partner", request.partner());
        Tenant tenant = new Tenant(request.slug(), request.name(), request.plan(), request.seatCap(),
                request.domains(), partnerId, request.contactInfo(), request.billingInfo(), clock.instant());
        requireDomainsFree(tenant.getDomains(), null);
        try {
            tenant = mongo.insert(tenant);
        } catch (DuplicateKeyException e) {
            if (mongo.exists(query(where("slug").is(request.slug())), Tenant.class)) {
                throw ApiProblem.conflict("A tenant with slug " + request.slug() + " already exists.", "slug");
            }
            throw ApiProblem.conflict("A domain of this tenant belongs to another tenant.", "domains");
        }
        audit.record(AuditEntry.of("tenant.created", target(tenant)).tenant(tenant.getSlug())
                .changes(AuditChanges.created(tenant.auditSnapshot())));
        provisioning.reconcileLater(tenant.getSlug());
        return tenant;
    }

    public Tenant get(String slug) {
        Tenant tenant = mongo.findOne(query(where("slug").is(slug)), Tenant.class);
        if (tenant == null) {
            throw ApiProblem.notFound("Tenant " + slug);
        }
        return tenant;
    }

    /**
     * The tenant, if the caller may see it: platform admins with an operator token always; a
     * portal user only for tenants they belong to. Access is decided before existence, so that
     * outsiders cannot probe which slugs exist.
     */
    public Tenant requireReadable(Caller caller, String slug) {
        boolean operator = caller.isOperator();
        boolean member = caller.client() == Audience.PORTAL && memberships.isMember(caller, slug);
        if (!operator && !member) {
            throw ApiProblem.forbidden("You do not belong to this tenant.");
        }
        return get(slug);
    }

    /** Applies a JSON merge patch (RFC 7396): a field set to null is removed, an absent one unchanged. */
    Tenant patch(String slug, String ifMatch, JsonNode patch) {
        Tenant tenant = get(slug);
        ETags.requireMatch(ifMatch, tenant.getVersion());
        Map<String, Object> before = tenant.auditSnapshot();
        MergePatch.Reader reader = mergePatch.reader();
        reader.fields(patch, PATCHABLE, FIXED, (field, value) -> applyField(tenant, field, value, reader))
                .requireValid();
        requireDomainsFree(tenant.getDomains(), tenant.getId());
        List<AuditEntry.Change> changes = AuditChanges.between(before, tenant.auditSnapshot());
        if (changes.isEmpty()) {
            return tenant;
        }
        tenant.touch(clock.instant());
        Tenant saved;
        try {
            saved = mongo.save(tenant);
        } catch (DuplicateKeyException e) {
            throw ApiProblem.conflict("A domain of this tenant belongs to another tenant.", "domains");
        }
        audit.record(AuditEntry.of("tenant.updated", target(saved)).tenant(slug).changes(changes));
        return saved;
    }

    private void applyField(Tenant tenant, String field, JsonNode value, MergePatch.Reader reader) {
        switch (field) {
            case "name" -> reader.text(field, value, 100, tenant::rename);
            case "plan" -> {
                if (value.isString() && plans.find(value.asString()).isPresent()) {
                    tenant.setPlan(value.asString());
                } else {
                    reader.reject(field, "must be one of " + plans.plans().stream().map(PlanCatalogue.Plan::key).toList());
                }
            }
            case "seatCap" -> reader.integer(field, value, 1, 100_000, tenant::setSeatCap);
            case "domains" -> {
                if (value.isNull()) {
                    tenant.setDomains(List.of());
                } else if (!value.isArray() || value.size() > MAX_DOMAINS || !allHostnames(value)) {
                    reader.reject(field, "must be a list of at most " + MAX_DOMAINS + " host names such as example.com");
                } else {
                    List<String> domains = new ArrayList<>();
                    value.forEach(domain -> domains.add(domain.asString()));
                    tenant.setDomains(domains);
                }
            }
            case "partner" -> {
                if (value.isNull()) {
                    tenant.setPartnerId(null);
                } else if (!value.isString()) {
                    reader.reject(field, "must be a partner slug, or null to detach");
                } else {
                    partners.idOf(value.asString()).ifPresentOrElse(tenant::setPartnerId,
                            () -> reader.reject(field, "no partner has this slug"));
                }
            }
            case "contactInfo" -> reader.record(field, value, ContactInfo.class, tenant::setContactInfo);
            case "billingInfo" -> reader.record(field, value, BillingInfo.class, tenant::setBillingInfo);
            default -> throw new IllegalStateException(field);
        }
    }

    private static boolean allHostnames(JsonNode values) {
        for (JsonNode value : values) {
            if (!value.isString() || !HOSTNAME.matcher(value.asString()).matches()) {
                return false;
            }
        }
        return true;
    }

    Tenant act(String slug, TenantAction action, String reason, String ifMatch) {
        Tenant tenant = get(slug);
        if (ifMatch != null) {
            ETags.requireMatch(ifMatch, tenant.getVersion());
        }
        Map<String, Object> before = tenant.auditSnapshot();
        tenant.apply(action, reason, properties.deletionGracePeriod(), clock.instant());
        tenant = mongo.save(tenant);
        String verb = switch (action) {
            case SUSPEND -> "suspended";
            case RESUME -> "resumed";
            case DELETE -> "deleted";
            case RESTORE -> "restored";
        };
        audit.record(AuditEntry.of("tenant." + verb, target(tenant)).tenant(slug).reason(reason)
                .changes(AuditChanges.between(before, tenant.auditSnapshot())));
        // Suspension, deletion and their reversal are carried into the upstreams in the background.
        provisioning.reconcileLater(slug);
        return tenant;
    }

    /** A page of tenants with the count of each status under the same search and filters. */
    TenantPage list(String search, TenantStatus status, String plan, String partnerSlug, String sort, int page, int size) {
        Criteria base = new Criteria();
        if (search != null && !search.isBlank()) {
            String prefix = "^" + Pattern.quote(search.strip().toLowerCase(Locale.ROOT));
            base.orOperator(where("slug").regex(prefix), where("nameKey").regex(prefix));
        }
        if (plan != null) {
            base.and("plan").is(plan);
        }
        if (partnerSlug != null) {
            String partnerId = partners.idOf(partnerSlug).orElse(null);
            if (partnerId == null) {
                return new TenantPage(new PageView<>(List.of(), page, size, 0), emptyCounts());
            }
            base.and("partnerId").is(partnerId);
        }
        Map<String, Long> counts = statusCounts(base);
        Query pageQuery = new Query(base);
        if (status != null) {
            pageQuery.addCriteria(where("status").is(status));
        }
        long total = status != null ? counts.get(status.wire()) : counts.values().stream().mapToLong(Long::longValue).sum();
        pageQuery.with(sortOf(sort)).skip((long) page * size).limit(size);
        return new TenantPage(new PageView<>(mongo.find(pageQuery, Tenant.class), page, size, total), counts);
    }

    record TenantPage(PageView<Tenant> page, Map<String, Long> statusCounts) {
    }

    private Map<String, Long> statusCounts(Criteria base) {
        Map<String, Long> counts = emptyCounts();
        Aggregation byStatus = newAggregation(match(base), group("status").count().as("count"));
        for (Document row : mongo.aggregate(byStatus, Tenant.class, Document.class).getMappedResults()) {
            counts.put(TenantStatus.valueOf(row.getString("_id")).wire(), row.get("count", Number.class).longValue());
        }
        return counts;
    }

    private static Map<String, Long> emptyCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (TenantStatus status : TenantStatus.values()) {
            counts.put(status.wire(), 0L);
        }
        return counts;
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

    /**
     * A pending tenant whose every enabled integration is provisioned becomes active. Conditional
     * on the tenant still being pending, so a suspension in the meantime is never undone.
     */
    public boolean activateProvisioned(String slug) {
        Instant now = clock.instant();
        Tenant activated = mongo.findAndModify(query(where("slug").is(slug).and("status").is(TenantStatus.PENDING)),
                new org.springframework.data.mongodb.core.query.Update().set("status", TenantStatus.ACTIVE)
                        .set("updatedAt", now).inc("version", 1),
                org.springframework.data.mongodb.core.FindAndModifyOptions.options().returnNew(true), Tenant.class);
        if (activated == null) {
            return false;
        }
        audit.recordSystem(AuditEntry.of("tenant.activated", target(activated)).tenant(slug)
                .changes(List.of(new AuditEntry.Change("status", "pending", "active"))));
        return true;
    }

    /**
     * Removes tenants whose grace period is over, after their upstream objects (drive, mail
     * domains, group) are gone; a tenant whose upstream purge failed stays and is tried again on
     * the next run. Idempotent: each removal is conditional on the tenant still being deleted
     * and past its grace period, so overlapping runs remove it once.
     */
    public int purgeExpired() {
        Instant now = clock.instant();
        int purged = 0;
        for (Tenant tenant : mongo.find(query(where("status").is(TenantStatus.DELETED).and("purgeAfter").lte(now)),
                Tenant.class)) {
            if (!provisioning.purge(tenant)) {
                continue;
            }
            Query stillExpired = query(where("_id").is(tenant.getId()).and("status").is(TenantStatus.DELETED)
                    .and("purgeAfter").lte(now));
            if (mongo.remove(stillExpired, Tenant.class).getDeletedCount() == 1) {
                mongo.remove(query(where("tenant").is(tenant.getSlug())), Membership.class);
                audit.recordSystem(AuditEntry.of("tenant.purged", target(tenant)).tenant(tenant.getSlug())
                        .details(Map.of("deletedAt", String.valueOf(tenant.getDeletedAt()))));
                purged++;
            }
        }
        return purged;
    }

    private String requirePartner(String field, String slug) {
        return partners.idOf(slug).orElseThrow(() -> ApiProblem.invalid(field, "no partner has this slug"));
    }

    private void requireDomainsFree(List<String> domains, String ownId) {
        if (domains.isEmpty()) {
            return;
        }
        Criteria taken = where("domains").in(domains);
        if (ownId != null) {
            taken = taken.and("_id").ne(ownId);
        }
        Tenant other = mongo.findOne(new Query(taken), Tenant.class);
        if (other != null) {
            String clash = domains.stream().filter(other.getDomains()::contains).findFirst().orElse(domains.getFirst());
            throw ApiProblem.conflict("The domain " + clash + " belongs to another tenant.", "domains");
        }
    }

    static AuditEntry.Target target(Tenant tenant) {
        return new AuditEntry.Target("tenant", tenant.getId(), tenant.getSlug());
    }
}
