package com.dezky.platform.tenant;

import com.dezky.model.flag.FlagSubject;
import com.dezky.model.tenant.TenantView;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.bson.types.ObjectId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Tenants as flags see them: id, slug, plan and partner as the registry knows them, in this
 * deployment's environment. Nothing here comes from a caller.
 */
@Component
public class TenantSubjects {

    private final Tenants tenants;
    private final PartnerDirectory partners;
    private final String environment;

    TenantSubjects(Tenants tenants, PartnerDirectory partners, @Value("${dezky.environment}") String environment) {
        this.tenants = tenants;
        this.partners = partners;
        this.environment = environment;
    }

    public String environment() {
        return environment;
    }

    /** The tenant a targeting key names: its id, or else its slug. */
    public Optional<Tenant> byIdOrSlug(String key) {
        Optional<Tenant> byId = ObjectId.isValid(key) ? tenants.findById(key) : Optional.empty();
        return byId.or(() -> tenants.findBySlug(key));
    }

    public FlagSubject of(Tenant tenant) {
        return subjects(List.of(tenant)).getFirst();
    }

    /** Every tenant that is not deleted, read with only the fields a flag needs. */
    public List<FlagSubject> living() {
        return subjects(tenants.livingSubjects());
    }

    private List<FlagSubject> subjects(List<Tenant> living) {
        Map<String, TenantView.PartnerRef> refs = partners.refsOf(living.stream().map(Tenant::getPartnerId)
                .filter(Objects::nonNull).distinct().toList());
        return living.stream().map(tenant -> new FlagSubject(tenant.getId(), tenant.getSlug(), tenant.getPlan(),
                Optional.ofNullable(tenant.getPartnerId()).map(refs::get).map(TenantView.PartnerRef::slug).orElse(null),
                environment)).toList();
    }
}
