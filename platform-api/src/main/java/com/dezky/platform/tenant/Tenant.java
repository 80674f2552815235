package com.dezky.platform.tenant;

import com.dezky.model.tenant.BillingInfo;
import com.dezky.model.tenant.ContactInfo;
import com.dezky.platform.web.ApiProblem;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A business customer. The slug is its immutable identity; every list filter and sort the API
 * offers has an index, so that listing stays fast with 100k tenants.
 */
@Document("tenants")
@CompoundIndex(name = "status_created", def = "{'status': 1, 'createdAt': -1}")
@CompoundIndex(name = "plan_created", def = "{'plan': 1, 'createdAt': -1}")
@CompoundIndex(name = "partner_created", def = "{'partnerId': 1, 'createdAt': -1}")
@CompoundIndex(name = "partner_plan_status", def = "{'partnerId': 1, 'plan': 1, 'status': 1}")
@CompoundIndex(name = "purge", def = "{'status': 1, 'purgeAfter': 1}")
public class Tenant {

    @Id
    private String id;
    @Indexed(unique = true)
    private String slug;
    private String name;
    /** Lower-cased name, for case-insensitive prefix search and sorting by name. */
    @Indexed
    private String nameKey;
    private TenantStatus status;
    /** The status before a suspension or deletion, to return to on resume or restore. */
    private TenantStatus previousStatus;
    private String plan;
    private int seatCap;
    /**
     * Unique across tenants: a mail domain belongs to one customer. Absent (not empty) when a
     * tenant has none, so the sparse unique index does not see many empty lists as duplicates.
     */
    @Indexed(unique = true, sparse = true)
    private List<String> domains;
    private String partnerId;
    private ContactInfo contactInfo;
    private BillingInfo billingInfo;
    private String suspendedReason;
    private Instant deletedAt;
    private Instant purgeAfter;
    @Indexed
    private Instant createdAt;
    @Indexed
    private Instant updatedAt;
    @Version
    private Long version;

    protected Tenant() {
    }

    Tenant(String slug, String name, String plan, int seatCap, List<String> domains, String partnerId,
            ContactInfo contactInfo, BillingInfo billingInfo, Instant now) {
        this.slug = slug;
        rename(name);
        this.status = TenantStatus.PENDING;
        this.plan = plan;
        this.seatCap = seatCap;
        this.domains = normalizeDomains(domains);
        this.partnerId = partnerId;
        this.contactInfo = contactInfo;
        this.billingInfo = billingInfo;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Domains lower-cased, without a trailing dot, each once. */
    static List<String> normalizeDomains(List<String> domains) {
        if (domains == null || domains.isEmpty()) {
            return null;
        }
        return new ArrayList<>(domains.stream()
                .map(domain -> domain.strip().toLowerCase(Locale.ROOT).replaceAll("\\.$", ""))
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new)));
    }

    Set<TenantAction> allowedActions(Instant now) {
        return TenantLifecycle.allowed(status, purgeAfter, now);
    }

    /** Applies a lifecycle action, or answers 409 naming the actions that are allowed now. */
    void apply(TenantAction action, String reason, Duration gracePeriod, Instant now) {
        Set<TenantAction> allowed = allowedActions(now);
        if (!allowed.contains(action)) {
            throw ApiProblem.illegalTransition("A " + status.wire() + " tenant cannot be " + action.wire()
                    + (action == TenantAction.RESTORE && status == TenantStatus.DELETED ? " after its grace period" : "")
                    + "d.", allowed.stream().map(TenantAction::wire).sorted().toList());
        }
        TenantStatus next = TenantLifecycle.after(action, status, previousStatus);
        switch (action) {
            case SUSPEND -> {
                previousStatus = status;
                suspendedReason = reason;
            }
            case RESUME -> {
                previousStatus = null;
                suspendedReason = null;
            }
            case DELETE -> {
                previousStatus = status;
                deletedAt = now;
                purgeAfter = now.plus(gracePeriod);
            }
            case RESTORE -> {
                previousStatus = next == TenantStatus.SUSPENDED ? TenantStatus.ACTIVE : null;
                deletedAt = null;
                purgeAfter = null;
            }
        }
        status = next;
        updatedAt = now;
    }

    /** Seeding: a tenant that exists upstream already starts active. Any other status is left alone. */
    boolean activate(Instant now) {
        if (status != TenantStatus.PENDING) {
            return false;
        }
        status = TenantStatus.ACTIVE;
        updatedAt = now;
        return true;
    }

    void rename(String newName) {
        this.name = newName.strip();
        this.nameKey = this.name.toLowerCase(Locale.ROOT);
    }

    /** The fields an audit event compares. */
    Map<String, Object> auditSnapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("name", name);
        snapshot.put("status", status.wire());
        snapshot.put("plan", plan);
        snapshot.put("seatCap", seatCap);
        snapshot.put("domains", getDomains());
        snapshot.put("partnerId", partnerId);
        snapshot.put("contactInfo", contactInfo == null ? null : Map.of(
                "name", String.valueOf(contactInfo.name()), "email", String.valueOf(contactInfo.email()),
                "phone", String.valueOf(contactInfo.phone())));
        snapshot.put("billingInfo", billingInfo == null ? null : Map.of(
                "companyName", String.valueOf(billingInfo.companyName()), "vatId", String.valueOf(billingInfo.vatId()),
                "address", String.valueOf(billingInfo.address()), "billingEmail", String.valueOf(billingInfo.billingEmail())));
        snapshot.put("suspendedReason", suspendedReason);
        snapshot.put("purgeAfter", purgeAfter);
        return snapshot;
    }

    public String getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public TenantStatus getStatus() {
        return status;
    }

    public String getPlan() {
        return plan;
    }

    public int getSeatCap() {
        return seatCap;
    }

    public List<String> getDomains() {
        return domains == null ? List.of() : List.copyOf(domains);
    }

    public String getPartnerId() {
        return partnerId;
    }

    ContactInfo getContactInfo() {
        return contactInfo;
    }

    BillingInfo getBillingInfo() {
        return billingInfo;
    }

    public String getSuspendedReason() {
        return suspendedReason;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }

    public Instant getPurgeAfter() {
        return purgeAfter;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    public Long getVersion() {
        return version;
    }

    void setPlan(String plan) {
        this.plan = plan;
    }

    void setSeatCap(int seatCap) {
        this.seatCap = seatCap;
    }

    void setDomains(List<String> domains) {
        this.domains = normalizeDomains(domains);
    }

    void setPartnerId(String partnerId) {
        this.partnerId = partnerId;
    }

    void setContactInfo(ContactInfo contactInfo) {
        this.contactInfo = contactInfo;
    }

    void setBillingInfo(BillingInfo billingInfo) {
        this.billingInfo = billingInfo;
    }

    void touch(Instant now) {
        this.updatedAt = now;
    }
}
