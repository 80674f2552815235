package com.dezky.platform.tenant;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.dezky.model.tenant.TenantStatus;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

class TenantQueriesImpl implements TenantQueries {

    private final MongoTemplate mongo;

    TenantQueriesImpl(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<Tenant> page(Filter filter, TenantStatus status, Sort sort, int page, int size) {
        Criteria criteria = criteria(filter);
        if (status != null) {
            criteria.and("status").is(status);
        }
        return mongo.find(new Query(criteria).with(sort).skip((long) page * size).limit(size), Tenant.class);
    }

    /** One count per status, each of them answered from an index (the status leads several), never a scan. */
    @Override
    public Map<TenantStatus, Long> statusCounts(Filter filter) {
        Map<TenantStatus, Long> counts = new EnumMap<>(TenantStatus.class);
        for (TenantStatus status : TenantStatus.values()) {
            counts.put(status, mongo.count(new Query(criteria(filter).and("status").is(status)), Tenant.class));
        }
        return counts;
    }

    @Override
    public List<Group> livingByPartnerPlanAndStatus(List<String> partnerIds) {
        Criteria living = where("status").ne(TenantStatus.DELETED);
        if (partnerIds != null) {
            living.and("partnerId").in(partnerIds);
        }
        return groups(living, "partnerId", "plan", "status");
    }

    @Override
    public List<Group> byStatusAndPlan() {
        return groups(new Criteria(), "plan", "status");
    }

    private List<Group> groups(Criteria criteria, String... fields) {
        return mongo.aggregate(newAggregation(match(criteria), group(fields).count().as("tenants").sum("seatCap").as("seats")),
                Tenant.class, Document.class).getMappedResults().stream().map(row -> {
                    Document id = row.get("_id", Document.class);
                    return new Group(id.getString("partnerId"), id.getString("plan"),
                            TenantStatus.valueOf(id.getString("status")), row.get("tenants", Number.class).longValue(),
                            row.get("seats", Number.class).longValue());
                }).toList();
    }

    @Override
    public List<Tenant> livingSubjects() {
        Query living = query(where("status").ne(TenantStatus.DELETED));
        living.fields().include("slug", "plan", "partnerId");
        return mongo.find(living, Tenant.class);
    }

    @Override
    public boolean removeIfExpired(String id, Instant now) {
        return mongo.remove(query(where("_id").is(id).and("status").is(TenantStatus.DELETED).and("purgeAfter").lte(now)),
                Tenant.class).getDeletedCount() == 1;
    }

    private static Criteria criteria(Filter filter) {
        Criteria criteria = new Criteria();
        if (filter.search() != null && !filter.search().isBlank()) {
            String prefix = "^" + Pattern.quote(filter.search().strip().toLowerCase(Locale.ROOT));
            criteria.orOperator(where("slug").regex(prefix), where("nameKey").regex(prefix));
        }
        if (filter.plan() != null) {
            criteria.and("plan").is(filter.plan());
        }
        if (filter.partnerId() != null) {
            criteria.and("partnerId").is(filter.partnerId());
        }
        return criteria;
    }
}
