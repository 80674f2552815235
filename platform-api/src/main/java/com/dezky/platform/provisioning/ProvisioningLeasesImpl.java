package com.dezky.platform.provisioning;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.dezky.model.tenant.ProvisioningState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;

class ProvisioningLeasesImpl implements ProvisioningLeases {

    private final MongoTemplate mongo;

    ProvisioningLeasesImpl(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void markQueued(String tenant, String integration, ProvisioningState state, Instant now) {
        mongo.upsert(query(where("_id").is(ProvisioningRecord.idOf(tenant, integration))),
                new Update().set("tenant", tenant).set("integration", integration).set("state", state)
                        .set("updatedAt", now), ProvisioningRecord.class);
    }

    @Override
    public boolean acquire(String id, String tenant, String integration, String owner, Duration lease, Instant now) {
        try {
            return mongo.findAndModify(query(where("_id").is(id)).addCriteria(free(now)),
                    new Update().set("leaseOwner", owner).set("leaseUntil", now.plus(lease)).set("rerun", false)
                            .setOnInsert("tenant", tenant).setOnInsert("integration", integration)
                            .setOnInsert("state", ProvisioningState.PENDING),
                    FindAndModifyOptions.options().upsert(true).returnNew(true), ProvisioningRecord.class) != null;
        } catch (DuplicateKeyException leaseTaken) {
            return false;
        }
    }

    @Override
    public void askRerun(String id) {
        mongo.updateFirst(query(where("_id").is(id)), new Update().set("rerun", true), ProvisioningRecord.class);
    }

    @Override
    public boolean releaseAskedAgain(String id, String owner) {
        ProvisioningRecord before = mongo.findAndModify(query(where("_id").is(id).and("leaseOwner").is(owner)),
                new Update().unset("leaseOwner").unset("leaseUntil").set("rerun", false), ProvisioningRecord.class);
        return before != null && Boolean.TRUE.equals(before.rerun());
    }

    @Override
    public void recordOk(String id, Map<String, String> externalIds, Instant now) {
        mongo.updateFirst(query(where("_id").is(id)), new Update().set("state", ProvisioningState.OK)
                .set("externalIds", externalIds).set("lastError", null).set("updatedAt", now).inc("attempts", 1),
                ProvisioningRecord.class);
    }

    @Override
    public void recordError(String id, String tenant, String integration, Map<String, String> externalIds, String error,
            Instant now) {
        mongo.upsert(query(where("_id").is(id)), new Update().set("tenant", tenant).set("integration", integration)
                .set("state", ProvisioningState.ERROR).set("externalIds", externalIds).set("lastError", error)
                .set("lastErrorAt", now).set("updatedAt", now).inc("attempts", 1), ProvisioningRecord.class);
    }

    @Override
    public List<String> stalledTenants(Instant before, Instant now, int limit) {
        Criteria stalled = where("state").in(ProvisioningState.ERROR, ProvisioningState.PENDING)
                .and("updatedAt").lt(before).andOperator(free(now));
        return mongo.find(query(stalled).limit(limit * 3), ProvisioningRecord.class).stream()
                .map(ProvisioningRecord::tenant).distinct().limit(limit).toList();
    }

    @Override
    public void remove(String id) {
        mongo.remove(query(where("_id").is(id)), ProvisioningRecord.class);
    }

    private static Criteria free(Instant now) {
        return new Criteria().orOperator(where("leaseUntil").exists(false), where("leaseUntil").is(null),
                where("leaseUntil").lt(now));
    }
}
