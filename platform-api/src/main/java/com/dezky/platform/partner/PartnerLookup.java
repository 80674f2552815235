package com.dezky.platform.partner;

import com.dezky.model.partner.PartnerStatus;
import com.dezky.model.tenant.TenantView;
import com.dezky.platform.tenant.PartnerDirectory;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Partners as other modules look them up: the tenant module by slug and id, billing for their terms. */
@Component
public class PartnerLookup implements PartnerDirectory {

    /** What billing needs of a partner. */
    public record Terms(String id, String slug, String name, PartnerStatus status, int marginBasisPoints) {
    }

    private final Partners partners;

    PartnerLookup(Partners partners) {
        this.partners = partners;
    }

    @Override
    public Optional<String> idOf(String slug) {
        return partners.findBySlug(slug).map(Partner::getId);
    }

    @Override
    public Map<String, TenantView.PartnerRef> refsOf(Collection<String> partnerIds) {
        return partnerIds.isEmpty() ? Map.of() : partners.findByIdIn(partnerIds).stream().collect(Collectors.toMap(
                Partner::getId, p -> new TenantView.PartnerRef(p.getSlug(), p.getName(), p.getStatus())));
    }

    /** The terms of each partner id given that exists. */
    public Map<String, Terms> termsOf(Collection<String> partnerIds) {
        return partnerIds.isEmpty() ? Map.of() : partners.findByIdIn(partnerIds).stream().collect(Collectors.toMap(
                Partner::getId, p -> new Terms(p.getId(), p.getSlug(), p.getName(), p.getStatus(),
                        p.getMarginBasisPoints())));
    }
}
