package com.dezky.platform.tenant;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.dezky.model.search.SearchTerms;
import com.dezky.model.tenant.TenantStatus;
import com.dezky.platform.store.Searchable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

class TenantQueriesImpl implements TenantQueries {

    /** The tenant counters: one document per scope (all, a plan, a partner, a partner's plan), a count per status. */
    static final String COUNTS = "tenant_counts";
    private static final String FIELD = "counts.";
    private static final String PLAN = "plan:";

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

    /** One pass over the matches, grouped by status (the search terms' index finds them). */
    @Override
    public Map<TenantStatus, Long> statusCounts(Filter filter) {
        Map<TenantStatus, Long> counts = zeroes();
        mongo.aggregate(newAggregation(match(criteria(filter)), group("status").count().as("tenants")), Tenant.class,
                Document.class).getMappedResults().forEach(row -> counts.put(TenantStatus.valueOf(row.getString("_id")),
                        row.get("tenants", Number.class).longValue()));
        return counts;
    }

    @Override
    public Map<TenantStatus, Long> countedStatuses(String plan, String partnerId) {
        Document counter = mongo.findById(scope(partnerId, plan), Document.class, COUNTS);
        return counter == null ? zeroes() : statuses(counter);
    }

    @Override
    public Map<String, Map<TenantStatus, Long>> countedByPlan() {
        Map<String, Map<TenantStatus, Long>> byPlan = new TreeMap<>();
        for (Document counter : mongo.find(query(where("_id").regex("^" + PLAN)), Document.class, COUNTS)) {
            byPlan.put(counter.getString("_id").substring(PLAN.length()), statuses(counter));
        }
        return byPlan;
    }

    @Override
    public void count(TenantChanged.Standing before, TenantChanged.Standing after) {
        if (Objects.equals(before, after)) {
            return;
        }
        Map<String, Map<TenantStatus, Integer>> moves = new TreeMap<>();
        if (before != null) {
            scopes(before).forEach(scope -> moves.computeIfAbsent(scope, s -> new EnumMap<>(TenantStatus.class))
                    .merge(before.status(), -1, Integer::sum));
        }
        if (after != null) {
            scopes(after).forEach(scope -> moves.computeIfAbsent(scope, s -> new EnumMap<>(TenantStatus.class))
                    .merge(after.status(), 1, Integer::sum));
        }
        moves.forEach((scope, deltas) -> {
            Update update = new Update();
            deltas.forEach((status, delta) -> {
                if (delta != 0) {
                    update.inc(FIELD + status.name(), delta);
                }
            });
            if (!update.getUpdateObject().isEmpty()) {
                mongo.upsert(query(where("_id").is(scope)), update, COUNTS);
            }
        });
    }

    @Override
    public boolean counted() {
        return mongo.exists(query(where("_id").is(scope(null, null))), COUNTS);
    }

    /** Sets every counter to the tenants' counts; a counter no tenant is in any more is emptied, not left behind. */
    @Override
    public void recount() {
        Map<String, Map<TenantStatus, Long>> counters = new TreeMap<>();
        counters.put(scope(null, null), zeroes());
        mongo.find(new Query(), Document.class, COUNTS).forEach(old -> counters.put(old.getString("_id"), zeroes()));
        for (Group group : groups(new Criteria(), "partnerId", "plan", "status")) {
            for (String scope : scopes(new TenantChanged.Standing(group.partnerId(), group.plan(), group.status()))) {
                counters.computeIfAbsent(scope, s -> zeroes()).merge(group.status(), group.tenants(), Long::sum);
            }
        }
        counters.forEach((scope, counts) -> {
            Update update = new Update();
            counts.forEach((status, count) -> update.set(FIELD + status.name(), count));
            mongo.upsert(query(where("_id").is(scope)), update, COUNTS);
        });
    }

    /** The counters a tenant standing there is counted in: all tenants, its plan, its partner, its partner's plan. */
    private static List<String> scopes(TenantChanged.Standing standing) {
        List<String> scopes = new ArrayList<>(List.of(scope(null, null), scope(null, standing.plan())));
        if (standing.partnerId() != null) {
            scopes.add(scope(standing.partnerId(), null));
            scopes.add(scope(standing.partnerId(), standing.plan()));
        }
        return scopes;
    }

    private static String scope(String partnerId, String plan) {
        List<String> parts = new ArrayList<>(2);
        if (partnerId != null) {
            parts.add("partner:" + partnerId);
        }
        if (plan != null) {
            parts.add(PLAN + plan);
        }
        return parts.isEmpty() ? "all" : String.join("|", parts);
    }

    private static Map<TenantStatus, Long> statuses(Document counter) {
        Map<TenantStatus, Long> counts = zeroes();
        Document byStatus = counter.get("counts", Document.class);
        if (byStatus != null) {
            byStatus.forEach((status, count) -> counts.put(TenantStatus.valueOf(status), ((Number) count).longValue()));
        }
        return counts;
    }

    private static Map<TenantStatus, Long> zeroes() {
        Map<TenantStatus, Long> counts = new EnumMap<>(TenantStatus.class);
        for (TenantStatus status : TenantStatus.values()) {
            counts.put(status, 0L);
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
        List<String> words = SearchTerms.query(filter.search());
        if (!words.isEmpty()) {
            criteria.and(Searchable.FIELD).all(words);
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
