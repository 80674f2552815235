package com.dezky.platform.tenant;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import com.dezky.model.Money;
import com.dezky.platform.plan.PlanCatalogue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/**
 * Revenue computed from the tenant registry when asked, never stored: one aggregation groups the
 * tenants by partner, plan and status; MRR = price(plan) × seat cap of each billed tenant.
 */
@Service
public class TenantRevenue {

    /** Tenants of one partner (or of none, when {@code partnerId} is null) on one plan. */
    public record Slice(String partnerId, String plan, long tenants, long billedTenants, long billedSeats, Money mrr) {
    }

    private final MongoTemplate mongo;
    private final PlanCatalogue plans;

    TenantRevenue(MongoTemplate mongo, PlanCatalogue plans) {
        this.mongo = mongo;
        this.plans = plans;
    }

    /** Every partner-and-plan slice of the registry; deleted tenants are left out. */
    public List<Slice> slices() {
        return slices(where("status").ne(TenantStatus.DELETED));
    }

    /** Customers and MRR of the given partners, by partner id (partners without tenants are absent). */
    public Map<String, Slice> byPartner(Collection<String> partnerIds) {
        Map<String, Slice> byPartner = new HashMap<>();
        for (Slice slice : slices(where("status").ne(TenantStatus.DELETED).and("partnerId").in(partnerIds))) {
            byPartner.merge(slice.partnerId(), slice, (a, b) -> new Slice(a.partnerId(), null,
                    a.tenants() + b.tenants(), a.billedTenants() + b.billedTenants(),
                    a.billedSeats() + b.billedSeats(), a.mrr().plus(b.mrr())));
        }
        return byPartner;
    }

    private List<Slice> slices(Criteria criteria) {
        Aggregation aggregation = newAggregation(
                match(criteria),
                group("partnerId", "plan", "status").count().as("tenants").sum("seatCap").as("seats"));
        Map<List<Object>, long[]> counts = new HashMap<>();
        for (Document row : mongo.aggregate(aggregation, Tenant.class, Document.class).getMappedResults()) {
            Document id = row.get("_id", Document.class);
            String partnerId = id.getString("partnerId");
            String plan = id.getString("plan");
            boolean billed = TenantStatus.valueOf(id.getString("status")).billed();
            long tenants = row.get("tenants", Number.class).longValue();
            long seats = row.get("seats", Number.class).longValue();
            long[] totals = counts.computeIfAbsent(java.util.Arrays.asList(partnerId, plan), k -> new long[3]);
            totals[0] += tenants;
            if (billed) {
                totals[1] += tenants;
                totals[2] += seats;
            }
        }
        List<Slice> slices = new ArrayList<>();
        counts.forEach((key, totals) -> {
            String partnerId = (String) key.get(0);
            String plan = (String) key.get(1);
            slices.add(new Slice(partnerId, plan, totals[0], totals[1], totals[2], plans.mrr(plan, totals[2])));
        });
        return slices;
    }
}
