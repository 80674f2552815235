package com.dezky.platform.partner;

import com.dezky.model.partner.CreatePartnerRequest;
import com.dezky.model.partner.PartnerBilling;
import com.dezky.model.partner.PartnerContact;
import com.dezky.model.partner.PartnerStatus;
import com.dezky.model.search.SearchTerms;
import com.dezky.platform.audit.Occurrence;
import com.dezky.platform.store.Searchable;
import com.dezky.platform.web.Changes;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.bson.types.ObjectId;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A reseller. The margin is kept in basis points (an integer) so that payouts are exact; the API
 * shows it as a percentage with two decimals. Each change registers a {@link PartnerChanged}.
 */
@Document("partners")
@CompoundIndex(name = "status_name", def = "{'status': 1, 'nameKey': 1}")
class Partner extends AbstractAggregateRoot<Partner> implements Searchable {

    /** What the audit trail compares of a partner before and after a change. */
    record State(String name, String domain, PartnerStatus status, String marginPct, LocalDate partnershipStartedAt,
            PartnerContact contactInfo, PartnerBilling billingInfo) {
    }

    @Id
    private String id;
    @Indexed(unique = true)
    private String slug;
    private String name;
    @Indexed
    private String nameKey;
    /** Word prefixes of the name, slug, domain and primary contact: what search looks up ({@link SearchTerms}). */
    @Indexed
    private List<String> searchTerms;
    private String domain;
    private PartnerStatus status;
    private int marginBasisPoints;
    private LocalDate partnershipStartedAt;
    private PartnerContact contactInfo;
    private PartnerBilling billingInfo;
    private Instant terminatedAt;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private Long version;

    protected Partner() {
    }

    Partner(CreatePartnerRequest request, Occurrence occurrence) {
        this.id = new ObjectId().toHexString();
        this.slug = request.slug();
        this.createdAt = occurrence.at();
        this.updatedAt = occurrence.at();
        edit(request);
        registerEvent(new PartnerChanged(occurrence, PartnerChange.CREATED, id, slug, Changes.created(state())));
    }

    /** Applies an edit; answers whether anything changed. */
    boolean update(CreatePartnerRequest request, Occurrence occurrence) {
        State before = state();
        edit(request);
        List<Changes.FieldChange> changes = Changes.between(before, state());
        if (changes.isEmpty()) {
            return false;
        }
        updatedAt = occurrence.at();
        registerEvent(new PartnerChanged(occurrence, PartnerChange.UPDATED, id, slug, changes));
        return true;
    }

    private void edit(CreatePartnerRequest request) {
        this.name = request.name().strip();
        this.nameKey = this.name.toLowerCase(Locale.ROOT);
        this.domain = request.domain().toLowerCase(Locale.ROOT);
        this.status = request.status() == null ? PartnerStatus.IN_NEGOTIATION : request.status();
        this.marginBasisPoints = request.marginPct().movePointRight(2).intValueExact();
        this.partnershipStartedAt = request.partnershipStartedAt();
        this.contactInfo = request.contactInfo();
        this.billingInfo = request.billingInfo();
        this.searchTerms = searchTermsOf();
    }

    @Override
    public List<String> searchTermsOf() {
        return SearchTerms.of(slug, name, domain, contactInfo == null ? null : contactInfo.primaryEmail());
    }

    /** Ends the partnership; the partner stays for history, its tenants stay attached. */
    void terminate(Occurrence occurrence) {
        State before = state();
        this.status = PartnerStatus.TERMINATED;
        this.terminatedAt = occurrence.at();
        this.updatedAt = occurrence.at();
        registerEvent(new PartnerChanged(occurrence, PartnerChange.TERMINATED, id, slug, Changes.between(before, state())));
    }

    /** The partner in the shape of a create request, which a patch applies to. */
    CreatePartnerRequest asRequest() {
        return new CreatePartnerRequest(slug, name, domain, status, marginPct(), partnershipStartedAt, contactInfo,
                billingInfo);
    }

    BigDecimal marginPct() {
        return BigDecimal.valueOf(marginBasisPoints, 2);
    }

    private State state() {
        return new State(name, domain, status, marginPct().toPlainString(), partnershipStartedAt, contactInfo,
                billingInfo);
    }

    String getId() {
        return id;
    }

    String getSlug() {
        return slug;
    }

    String getName() {
        return name;
    }

    String getDomain() {
        return domain;
    }

    PartnerStatus getStatus() {
        return status;
    }

    int getMarginBasisPoints() {
        return marginBasisPoints;
    }

    LocalDate getPartnershipStartedAt() {
        return partnershipStartedAt;
    }

    PartnerContact getContactInfo() {
        return contactInfo;
    }

    PartnerBilling getBillingInfo() {
        return billingInfo;
    }

    Instant getTerminatedAt() {
        return terminatedAt;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    Long getVersion() {
        return version;
    }
}
