package com.dezky.platform.tenant;

import com.dezky.model.search.SearchTerms;
import com.dezky.model.tenant.BillingInfo;
import com.dezky.model.tenant.ContactInfo;
import com.dezky.model.tenant.TenantAction;
import com.dezky.model.tenant.TenantStatus;
import com.dezky.platform.audit.Occurrence;
import com.dezky.platform.store.Searchable;
import com.dezky.platform.web.ApiProblem;
import com.dezky.platform.web.Changes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.bson.types.ObjectId;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A business customer. The slug is its immutable identity; every list filter and sort the API
 * offers has an index, so that listing stays fast with 100k tenants. Each change registers a
 * {@link TenantChanged}, published when the tenant is saved. Read-only to other modules. Over 200
 * lines because of its accessors: views and other modules read every field.
 */
@Document("tenants")
@CompoundIndex(name = "status_created", def = "{'status': 1, 'createdAt': -1}")
@CompoundIndex(name = "plan_created", def = "{'plan': 1, 'createdAt': -1}")
@CompoundIndex(name = "partner_created", def = "{'partnerId': 1, 'createdAt': -1}")
@CompoundIndex(name = "partner_plan_status", def = "{'partnerId': 1, 'plan': 1, 'status': 1}")
@CompoundIndex(name = "purge", def = "{'status': 1, 'purgeAfter': 1}")
public class Tenant extends AbstractAggregateRoot<Tenant> implements Searchable {

    /** What the audit trail compares of a tenant before and after a change. */
    record State(String name, TenantStatus status, String plan, int seatCap, List<String> domains, String partnerId,
            ContactInfo contactInfo, BillingInfo billingInfo, String suspendedReason, Instant purgeAfter) {

        TenantChanged.Standing standing() {
            return new TenantChanged.Standing(partnerId, plan, status, seatCap);
        }
    }

    @Id
    private String id;
    @Indexed(unique = true)
    private String slug;
    private String name;
    /** Lower-cased name, for case-insensitive prefix search and sorting by name. */
    @Indexed
    private String nameKey;
    /** Word prefixes of the name, slug, domains and contact address: what search looks up ({@link SearchTerms}). */
    @Indexed
    private List<String> searchTerms;
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

    /** A new, pending tenant; its id is chosen here, so that the event of its creation names it. */
    Tenant(String slug, Draft draft, Occurrence occurrence) {
        this.id = new ObjectId().toHexString();
        this.slug = slug;
        this.status = TenantStatus.PENDING;
        this.createdAt = occurrence.at();
        edit(draft);
        this.updatedAt = occurrence.at();
        registerEvent(TenantChanged.of(occurrence, TenantChange.CREATED, null, this, null,
                Changes.between(null, state())));
    }

    /** The fields an operator edits, already validated, with the partner resolved to its id. */
    record Draft(String name, String plan, int seatCap, List<String> domains, String partnerId,
            ContactInfo contactInfo, BillingInfo billingInfo) {
    }

    /** Applies an edit; answers whether anything changed (and so whether to save). */
    boolean update(Draft draft, Occurrence occurrence) {
        State before = state();
        edit(draft);
        List<Changes.FieldChange> changes = Changes.between(before, state());
        if (changes.isEmpty()) {
            return false;
        }
        updatedAt = occurrence.at();
        registerEvent(TenantChanged.of(occurrence, TenantChange.UPDATED, before.standing(), this, null, changes));
        return true;
    }

    private void edit(Draft draft) {
        this.name = draft.name().strip();
        this.nameKey = this.name.toLowerCase(Locale.ROOT);
        this.plan = draft.plan();
        this.seatCap = draft.seatCap();
        this.domains = normalizeDomains(draft.domains());
        this.partnerId = draft.partnerId();
        this.contactInfo = draft.contactInfo();
        this.billingInfo = draft.billingInfo();
        this.searchTerms = searchTermsOf();
    }

    @Override
    public List<String> searchTermsOf() {
        List<String> texts = new ArrayList<>(List.of(slug, name));
        texts.addAll(getDomains());
        if (contactInfo != null) {
            texts.add(contactInfo.email());
        }
        return SearchTerms.of(texts.toArray(String[]::new));
    }

    /** Domains lower-cased, without a trailing dot, each once; null when there are none. */
    static List<String> normalizeDomains(List<String> domains) {
        if (domains == null || domains.isEmpty()) {
            return null;
        }
        Set<String> normalized = new LinkedHashSet<>();
        domains.forEach(domain -> normalized.add(domain.strip().toLowerCase(Locale.ROOT).replaceAll("\\.$", "")));
        return new ArrayList<>(normalized);
    }

    /** Pending → active, once provisioned; anything else is left alone. Answers whether it changed. */
    boolean activate(Occurrence occurrence) {
        if (status != TenantStatus.PENDING) {
            return false;
        }
        State before = state();
        status = TenantStatus.ACTIVE;
        updatedAt = occurrence.at();
        registerEvent(TenantChanged.of(occurrence, TenantChange.ACTIVATED, before.standing(), this, null,
                Changes.between(before, state())));
        return true;
    }

    Set<TenantAction> allowedActions(Instant now) {
        return TenantLifecycle.allowed(status, purgeAfter, now);
    }

    /** Applies a lifecycle action, or answers 409 naming the actions that are allowed now. */
    void apply(TenantAction action, String reason, Duration gracePeriod, Occurrence occurrence) {
        Instant now = occurrence.at();
        Set<TenantAction> allowed = allowedActions(now);
        if (!allowed.contains(action)) {
            throw ApiProblem.illegalTransition("A " + status.wire() + " tenant cannot be " + action.wire()
                    + (action == TenantAction.RESTORE && status == TenantStatus.DELETED ? " after its grace period" : "")
                    + "d.", allowed.stream().map(TenantAction::wire).sorted().toList());
        }
        State before = state();
        TenantStatus next = TenantLifecycle.after(action, previousStatus);
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
        registerEvent(TenantChanged.of(occurrence, TenantChange.of(action), before.standing(), this, reason,
                Changes.between(before, state())));
    }

    TenantChanged.Standing standing() {
        return state().standing();
    }

    State state() {
        return new State(name, status, plan, seatCap, getDomains(), partnerId, contactInfo, billingInfo,
                suspendedReason, purgeAfter);
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
}
