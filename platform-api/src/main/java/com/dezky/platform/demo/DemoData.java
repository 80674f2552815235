package com.dezky.platform.demo;

import com.dezky.model.Audience;
import com.dezky.model.Groups;
import com.dezky.platform.audit.AuditEntry;
import com.dezky.platform.audit.AuditTrail;
import com.dezky.platform.flag.FlagSeeder;
import com.dezky.platform.membership.Membership;
import com.dezky.platform.partner.PartnerSeeder;
import com.dezky.platform.security.ResourceServerProperties;
import com.dezky.platform.tenant.TenantSeeder;
import com.dezky.platform.user.UserAccount;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * A believable data set for the local stack only ({@code dezky.demo-data.enabled}): partners,
 * tenants in every status and plan, users matching the dev identity provider's documented
 * usernames, and feature flags of real Dezky concerns. Each item is seeded at most once, ever: a marker per item means that what an
 * operator changes, deletes or purges afterwards is never put back.
 */
@Component
@Order(0) // before anything that works on the tenants at start (SandboxResync)
@ConditionalOnBooleanProperty("dezky.demo-data.enabled")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final String MARKERS = "demo_seed";

    private final MongoTemplate mongo;
    private final PartnerSeeder partners;
    private final TenantSeeder tenants;
    private final FlagSeeder flags;
    private final AuditTrail audit;
    private final ResourceServerProperties issuers;
    private final Clock clock;

    DemoData(MongoTemplate mongo, PartnerSeeder partners, TenantSeeder tenants, FlagSeeder flags, AuditTrail audit,
            ResourceServerProperties issuers, Clock clock) {
        this.mongo = mongo;
        this.partners = partners;
        this.tenants = tenants;
        this.flags = flags;
        this.audit = audit;
        this.issuers = issuers;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Map<String, String> partnerIds = new HashMap<>();
        int seeded = 0;
        for (PartnerSeeder.Seed partner : DemoCatalogue.PARTNERS) {
            partnerIds.put(partner.slug(), partners.seedIfAbsent(partner));
            seeded += firstTime("partner:" + partner.slug()) ? 1 : 0;
        }
        for (DemoCatalogue.DemoTenant tenant : DemoCatalogue.tenants()) {
            if (firstTime("tenant:" + tenant.slug()) && tenants.seedIfAbsent(new TenantSeeder.Seed(tenant.slug(),
                    tenant.name(), tenant.plan(), tenant.seats(), List.of(tenant.slug() + ".example"),
                    tenant.partner() == null ? null : partnerIds.get(tenant.partner()), tenant.status(),
                    tenant.reason(), Duration.ofDays(tenant.ageDays())))) {
                seeded++;
            }
        }
        seeded += seedUsers();
        for (DemoCatalogue.DemoFlag flag : DemoCatalogue.FLAGS) {
            if (firstTime("flag:" + flag.rule().key()) && flags.seedIfAbsent(flag.rule(), flag.description())) {
                seeded++;
            }
        }
        if (seeded > 0) {
            audit.recordSystem(AuditEntry.of("platform.demo_data_seeded", new AuditEntry.Target("platform", null, null))
                    .details(Map.of("items", seeded)));
            log.info("Seeded {} demo items (local demo data; never overwrites what an operator changed)", seeded);
        }
    }

    private int seedUsers() {
        String operatorIssuer = issuerOf(Audience.OPERATOR);
        String portalIssuer = issuerOf(Audience.PORTAL);
        int seeded = 0;
        List<DemoUser> users = new ArrayList<>();
        for (DemoCatalogue.DemoOperator operator : DemoCatalogue.OPERATORS) {
            users.add(new DemoUser(operatorIssuer, operator.username(), operator.name(), List.of(Groups.PLATFORM_ADMINS),
                    operator.lastSeenDays()));
        }
        for (DemoCatalogue.DemoMember member : DemoCatalogue.MEMBERS) {
            users.add(new DemoUser(portalIssuer, member.username(), member.name(), List.of(), member.lastSeenDays()));
        }
        for (DemoUser user : users) {
            if (!firstTime("user:" + user.issuer() + ":" + user.username())) {
                continue;
            }
            try {
                mongo.insert(new UserAccount(null, user.issuer(), user.username(), user.username(), user.name(),
                        user.groups(), user.groups().contains(Groups.PLATFORM_ADMINS),
                        clock.instant().minus(Duration.ofDays(90)), clock.instant().minus(Duration.ofDays(user.lastSeenDays())),
                        0L, null));
                seeded++;
            } catch (DuplicateKeyException signedInAlready) {
                // The person signed in before the demo data arrived; their own record stands.
            }
        }
        for (DemoCatalogue.DemoMember member : DemoCatalogue.MEMBERS) {
            if (firstTime("membership:" + member.username() + ":" + member.tenant())) {
                try {
                    mongo.insert(new Membership(null, portalIssuer, member.username(), member.tenant(), member.admin(),
                            clock.instant()));
                    seeded++;
                } catch (DuplicateKeyException exists) {
                    // Already a member.
                }
            }
        }
        return seeded;
    }

    /** A user record as the dev identity provider's sign-in of that username would create it. */
    private record DemoUser(String issuer, String username, String name, List<String> groups, int lastSeenDays) {
    }

    private String issuerOf(Audience audience) {
        return issuers.issuers().stream().filter(issuer -> issuer.audience().equals(audience.value())).findFirst()
                .orElseThrow().issuerUri().toString();
    }

    /** Records that the item is being seeded; answers false if it had been before. */
    private boolean firstTime(String key) {
        try {
            mongo.insert(new Document("_id", key).append("at", clock.instant()), MARKERS);
            return true;
        } catch (DuplicateKeyException seededBefore) {
            return false;
        }
    }
}
