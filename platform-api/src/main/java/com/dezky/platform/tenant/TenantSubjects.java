package com.dezky.platform.tenant;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.dezky.model.flag.FlagSubject;
import com.dezky.model.tenant.TenantView;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.bson.types.ObjectId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Tenants as flags see them: id, slug, plan and partner as the registry knows them, in this
 * deployment's environment. Nothing here comes from a caller.
 */
@Component
public class TenantSubjects {

    private final MongoTemplate mongo;
    private final PartnerDirectory partners;
    private final String environment;

    TenantSubjects(MongoTemplate mongo, PartnerDirectory partners, @Value("${dezky.environment}") String environment) {
        this.mongo = mongo;
        this.partners = partners;
        this.environment = environment;
    }

    public String environment() {
        return environment;
    }

    /** The tenant a targeting key names: its id, or else its slug. */
    public Optional<Tenant> byIdOrSlug(String key) {
        Tenant byId = ObjectId.isValid(key) ? mongo.findById(key, Tenant.class) : null;
        return Optional.ofNullable(byId != null ? byId : mongo.findOne(query(where("slug").is(key)), Tenant.class));
    }

    public FlagSubject of(Tenant tenant) {
        String partner = tenant.getPartnerId() == null ? null
                : Optional.ofNullable(partners.refsOf(List.of(tenant.getPartnerId())).get(tenant.getPartnerId()))
                        .map(TenantView.PartnerRef::slug).orElse(null);
        return new FlagSubject(tenant.getId(), tenant.getSlug(), tenant.getPlan(), partner, environment);
    }

    /** Every tenant that is not deleted, read with only the fields a flag needs. */
    public List<FlagSubject> living() {
        Query living = query(where("status").ne(TenantStatus.DELETED));
        living.fields().include("slug", "plan", "partnerId");
        List<Tenant> tenants = mongo.find(living, Tenant.class);
        Map<String, TenantView.PartnerRef> refs = partners.refsOf(tenants.stream().map(Tenant::getPartnerId)
                .filter(Objects::nonNull).distinct().toList());
        return tenants.stream().map(tenant -> new FlagSubject(tenant.getId(), tenant.getSlug(), tenant.getPlan(),
                tenant.getPartnerId() == null || refs.get(tenant.getPartnerId()) == null ? null
                        : refs.get(tenant.getPartnerId()).slug(), environment)).toList();
    }
}
