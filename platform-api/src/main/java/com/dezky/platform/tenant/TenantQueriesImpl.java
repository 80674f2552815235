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
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

class TenantQueriesImpl implements TenantQueries {

    /**
     * The tenant counters: one document per scope (all, a plan, a partner, a partner's plan, the
     * direct customers' plan) with the tenants and their seats in each status.
     */
    static final String COUNTS = "tenant_counts";
    private static final String TENANTS = "tenants";
    private static final String COUNT = "counts.";
    private static final String SEATS = "seats.";
    private static final String PLAN = "plan:";
    private static final String PARTNER = "partner:";
    private static final String DIRECT = "direct";

    private final MongoTemplate mongo;

    TenantQueriesImpl(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<Tenant> page(Filter filter, Collection<TenantStatus> statuses, Sort sort, int page, int size) {
        Criteria criteria = criteria(filter);
        if (statuses != null) {
            criteria.and("status").in(statuses);
        }
        return mongo.find(new Query(criteria).with(sort).skip((long) page * size).limit(size), Tenant.class);
    }

    /**
     * The matches' statuses, read through the search terms' index and counted here rather than by
     * an aggregation, which the embedded store runs over every tenant whatever its indexes.
     */
    @Override
    public Map<TenantStatus, Long> statusCounts(Filter filter) {
        Map<TenantStatus, Long> counts = zeroes();
        Query matches = new Query(criteria(filter));
        matches.fields().include("status");
        mongo.find(matches, Document.class, TENANTS).forEach(match -> counts.merge(TenantStatus.valueOf(
                match.getString("status")), 1L, Long::sum));
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
        Map<String, Map<String, Long>> moves = new TreeMap<>();
        add(moves, before, -1);
        add(moves, after, 1);
        moves.forEach((scope, deltas) -> {
            Update update = new Update();
            deltas.forEach((field, delta) -> {
                if (delta != 0) {
                    update.inc(field, delta);
                }
            });
            if (!update.getUpdateObject().isEmpty()) {
                mongo.upsert(query(where("_id").is(scope)), update, COUNTS);
            }
        });
    }

    /** Adds a tenant standing there (sign 1) or takes it away (sign -1) in each counter it is in. */
    private static void add(Map<String, Map<String, Long>> counters, TenantChanged.Standing standing, long sign) {
        if (standing == null) {
            return;
        }
        for (String scope : scopes(standing)) {
            Map<String, Long> counter = counters.computeIfAbsent(scope, s -> new TreeMap<>());
            counter.merge(COUNT + standing.status().name(), sign, Long::sum);
            counter.merge(SEATS + standing.status().name(), sign * standing.seats(), Long::sum);
        }
    }

    @Override
    public boolean counted() {
        return mongo.exists(query(where("_id").is(scope(null, null))), COUNTS);
    }

    /** Sets every counter to the tenants' counts; a counter no tenant is in any more is emptied, not left behind. */
    @Override
    public void recount() {
        Map<String, Map<String, Long>> counters = new TreeMap<>();
        counters.put(scope(null, null), new TreeMap<>());
        mongo.find(new Query(), Document.class, COUNTS).forEach(old -> counters.put(old.getString("_id"), new TreeMap<>()));
        for (Group group : groups(new Criteria(), "partnerId", "plan", "status")) {
            for (String scope : scopes(new TenantChanged.Standing(group.partnerId(), group.plan(), group.status(), 0))) {
                Map<String, Long> counter = counters.computeIfAbsent(scope, s -> new TreeMap<>());
                counter.merge(COUNT + group.status().name(), group.tenants(), Long::sum);
                counter.merge(SEATS + group.status().name(), group.seats(), Long::sum);
            }
        }
        counters.forEach((scope, values) -> {
            Update update = new Update();
            for (TenantStatus status : TenantStatus.values()) {
                update.set(COUNT + status.name(), values.getOrDefault(COUNT + status.name(), 0L))
                        .set(SEATS + status.name(), values.getOrDefault(SEATS + status.name(), 0L));
            }
            mongo.upsert(query(where("_id").is(scope)), update, COUNTS);
        });
    }

    /**
     * The counters a tenant standing there is counted in: all tenants, its plan, and its partner and
     * its partner's plan, or for a direct customer the direct customers' plan.
     */
    private static List<String> scopes(TenantChanged.Standing standing) {
        List<String> scopes = new ArrayList<>(List.of(scope(null, null), scope(null, standing.plan())));
        if (standing.partnerId() != null) {
            scopes.add(scope(standing.partnerId(), null));
            scopes.add(scope(standing.partnerId(), standing.plan()));
        } else {
            scopes.add(DIRECT + "|" + PLAN + standing.plan());
        }
        return scopes;
    }

    private static String scope(String partnerId, String plan) {
        List<String> parts = new ArrayList<>(2);
        if (partnerId != null) {
            parts.add(PARTNER + partnerId);
        }
        if (plan != null) {
            parts.add(PLAN + plan);
        }
        return parts.isEmpty() ? "all" : String.join("|", parts);
    }

    private static Map<TenantStatus, Long> statuses(Document counter) {
        return byStatus(counter, "counts");
    }

    private static Map<TenantStatus, Long> byStatus(Document counter, String field) {
        Map<TenantStatus, Long> values = zeroes();
        Document byStatus = counter.get(field, Document.class);
        if (byStatus != null) {
            byStatus.forEach((status, value) -> values.put(TenantStatus.valueOf(status), ((Number) value).longValue()));
        }
        return values;
    }

    private static Map<TenantStatus, Long> zeroes() {
        Map<TenantStatus, Long> counts = new EnumMap<>(TenantStatus.class);
        for (TenantStatus status : TenantStatus.values()) {
            counts.put(status, 0L);
        }
        return counts;
    }

    /** Read from the counters of each partner's plans (and the direct customers'), not from the tenants. */
    @Override
    public List<Group> livingByPartnerPlanAndStatus(List<String> partnerIds) {
        String owners = partnerIds == null ? "(" + PARTNER + "[^|]+|" + DIRECT + ")"
                : PARTNER + "(" + String.join("|", partnerIds.stream().map(Pattern::quote).toList()) + ")";
        List<Group> groups = new ArrayList<>();
        for (Document counter : mongo.find(query(where("_id").regex("^" + owners + "\\|" + PLAN)), Document.class,
                COUNTS)) {
            String[] scope = counter.getString("_id").split("\\|", 2);
            String partnerId = scope[0].startsWith(PARTNER) ? scope[0].substring(PARTNER.length()) : null;
            String plan = scope[1].substring(PLAN.length());
            Map<TenantStatus, Long> seats = byStatus(counter, "seats");
            statuses(counter).forEach((status, tenants) -> {
                if (status != TenantStatus.DELETED && tenants > 0) {
                    groups.add(new Group(partnerId, plan, status, tenants, seats.get(status)));
                }
            });
        }
        return groups;
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
