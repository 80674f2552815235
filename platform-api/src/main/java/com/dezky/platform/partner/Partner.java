package com.dezky.platform.partner;

import com.dezky.model.partner.PartnerBilling;
import com.dezky.model.partner.PartnerContact;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A reseller. The margin is kept in basis points (an integer) so that payouts are exact;
 * the API shows it as a percentage with two decimals.
 */
@Document("partners")
@CompoundIndex(name = "status_name", def = "{'status': 1, 'nameKey': 1}")
class Partner {

    @Id
    private String id;
    @Indexed(unique = true)
    private String slug;
    private String name;
    @Indexed
    private String nameKey;
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

    Partner(String slug, String name, String domain, PartnerStatus status, BigDecimal marginPct,
            LocalDate partnershipStartedAt, PartnerContact contactInfo, PartnerBilling billingInfo, Instant now) {
        this.slug = slug;
        rename(name);
        this.domain = domain.toLowerCase(Locale.ROOT);
        this.status = status;
        setMarginPct(marginPct);
        this.partnershipStartedAt = partnershipStartedAt;
        this.contactInfo = contactInfo;
        this.billingInfo = billingInfo;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void rename(String newName) {
        this.name = newName.strip();
        this.nameKey = this.name.toLowerCase(Locale.ROOT);
    }

    void setMarginPct(BigDecimal marginPct) {
        this.marginBasisPoints = marginPct.movePointRight(2).intValueExact();
    }

    BigDecimal marginPct() {
        return BigDecimal.valueOf(marginBasisPoints, 2);
    }

    void terminate(Instant now) {
        this.status = PartnerStatus.TERMINATED;
        this.terminatedAt = now;
        this.updatedAt = now;
    }

    Map<String, Object> auditSnapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("name", name);
        snapshot.put("domain", domain);
        snapshot.put("status", status.wire());
        snapshot.put("marginPct", marginPct().toPlainString());
        snapshot.put("partnershipStartedAt", partnershipStartedAt == null ? null : partnershipStartedAt.toString());
        snapshot.put("contactInfo", contactInfo == null ? null : Map.of(
                "primaryName", String.valueOf(contactInfo.primaryName()),
                "primaryEmail", String.valueOf(contactInfo.primaryEmail()),
                "billingEmail", String.valueOf(contactInfo.billingEmail())));
        snapshot.put("billingInfo", billingInfo == null ? null : Map.of(
                "companyName", String.valueOf(billingInfo.companyName()), "vatId", String.valueOf(billingInfo.vatId()),
                "address", String.valueOf(billingInfo.address()), "iban", String.valueOf(billingInfo.iban())));
        return snapshot;
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

    void setDomain(String domain) {
        this.domain = domain.toLowerCase(Locale.ROOT);
    }

    void setStatus(PartnerStatus status) {
        this.status = status;
    }

    void setPartnershipStartedAt(LocalDate partnershipStartedAt) {
        this.partnershipStartedAt = partnershipStartedAt;
    }

    void setContactInfo(PartnerContact contactInfo) {
        this.contactInfo = contactInfo;
    }

    void setBillingInfo(PartnerBilling billingInfo) {
        this.billingInfo = billingInfo;
    }

    void touch(Instant now) {
        this.updatedAt = now;
    }
}
