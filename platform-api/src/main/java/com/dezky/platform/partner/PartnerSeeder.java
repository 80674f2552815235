package com.dezky.platform.partner;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Creates demo partners for the local stack. */
@Component
public class PartnerSeeder {

    /** One demo partner; {@code status} is in-negotiation, active, paused or terminated. */
    public record Seed(String slug, String name, String domain, String status, BigDecimal marginPct,
            LocalDate partnershipStartedAt) {
    }

    private final MongoTemplate mongo;
    private final Clock clock;

    PartnerSeeder(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Inserts the partner unless one with its slug exists; answers the partner's id either way. */
    public String seedIfAbsent(Seed seed) {
        Partner existing = mongo.findOne(query(where("slug").is(seed.slug())), Partner.class);
        if (existing != null) {
            return existing.getId();
        }
        PartnerStatus status = PartnerStatus.fromWire("status", seed.status());
        Partner partner = new Partner(seed.slug(), seed.name(), seed.domain(),
                status == PartnerStatus.TERMINATED ? PartnerStatus.ACTIVE : status, seed.marginPct(),
                seed.partnershipStartedAt(), null, null, clock.instant());
        if (status == PartnerStatus.TERMINATED) {
            partner.terminate(clock.instant());
        }
        return mongo.insert(partner).getId();
    }
}
