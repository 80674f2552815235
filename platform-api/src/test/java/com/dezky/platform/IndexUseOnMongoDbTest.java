package com.dezky.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.dezky.model.tenant.TenantStatus;
import com.dezky.platform.audit.Actor;
import com.dezky.platform.audit.AuditEntry;
import com.dezky.platform.audit.AuditEvent;
import com.dezky.platform.tenant.Tenant;
import com.dezky.platform.tenant.TenantFixtures;
import com.dezky.platform.testing.ApiTestSupport;
import com.dezky.platform.testing.MongoDbReplicaSet;
import com.dezky.platform.user.UserAccount;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.BsonDocument;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * Every filter and sort that the lists offer is answered from an index on the real MongoDB, with
 * 10,000 documents in each collection: the commands the API actually sends are recorded and
 * each is explained; none may scan a whole collection. Skipped where no Docker engine runs (the
 * embedded store of the local stack has no query planner to ask; EmbeddedMongoStoreTest checks
 * its indexes against its own scans).
 */
@Testcontainers(disabledWithoutDocker = true)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexUseOnMongoDbTest extends ApiTestSupport {

    static final int DOCUMENTS = 10_000;
    static final Set<String> LIST_COMMANDS = Set.of("find", "aggregate", "count");
    static final List<BsonDocument> SENT = Collections.synchronizedList(new ArrayList<>());

    @DynamicPropertySource
    static void replicaSet(DynamicPropertyRegistry registry) {
        register(registry, "index-use");
        MongoDbReplicaSet.register(registry, "index-use");
    }

    /** Records every query command the application sends. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Recording {

        @Bean
        MongoClientSettingsBuilderCustomizer recordCommands() {
            return settings -> settings.addCommandListener(new CommandListener() {
                @Override
                public void commandStarted(CommandStartedEvent event) {
                    if (LIST_COMMANDS.contains(event.getCommandName())) {
                        SENT.add(event.getCommand().clone());
                    }
                }
            });
        }
    }

    @BeforeAll
    void tenThousandOfEach() {
        String[] plans = {"starter", "business", "enterprise"};
        TenantStatus[] statuses = TenantStatus.values();
        List<Tenant> tenants = new ArrayList<>();
        List<Document> partners = new ArrayList<>();
        List<UserAccount> users = new ArrayList<>();
        List<AuditEvent> audit = new ArrayList<>();
        Instant now = Instant.now();
        for (int i = 0; i < DOCUMENTS; i++) {
            tenants.add(TenantFixtures.build("indexed-" + i, statuses[i % statuses.length], plans[i % 3], 5,
                    i % 4 == 0 ? "partner-" + (i % 50) : null));
            partners.add(new Document("slug", "partner-" + i).append("name", "Partner " + i)
                    .append("nameKey", "partner " + i).append("status", i % 2 == 0 ? "ACTIVE" : "PAUSED"));
            users.add(new UserAccount(null, "https://issuer.example", "user-" + i, "user" + i + "@example.com",
                    "User " + i, List.of("dezky-tenant-indexed-" + (i % 100)), i % 10 == 0, now, now.minusSeconds(i),
                    0L, null, null));
            audit.add(new AuditEvent(null, i + 1, now.minusSeconds(i), new Actor("https://issuer.example",
                    "user-" + (i % 20), "user" + (i % 20) + "@example.com", null), i % 2 == 0 ? "tenant.created"
                    : "flag.updated", new AuditEntry.Target("tenant", "t" + i, "indexed-" + i), "indexed-" + i, null,
                    List.of(), Map.of(), "p", "h"));
        }
        mongo.insertAll(tenants);
        mongo.getCollection("partners").insertMany(partners);
        mongo.insertAll(users);
        mongo.insertAll(audit);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "/tenants", "/tenants?status=suspended", "/tenants?plan=business", "/tenants?partner=partner-3",
            "/tenants?q=indexed-12", "/tenants?q=Tenant", "/tenants?sort=name", "/tenants?sort=-updatedAt",
            "/tenants?sort=slug&status=active", "/tenants?q=indexed-9&plan=starter&sort=name",
            "/partners", "/partners?q=partner-1", "/partners?status=paused", "/partners/partner-3/tenants",
            "/users", "/users?view=admins", "/users?view=inactive", "/users?q=user12",
            "/audit", "/audit?action=tenant.", "/audit?action=flag.updated", "/audit?actor=user3@example.com",
            "/audit?actor=user-3", "/audit?tenant=indexed-42", "/audit?target=indexed-42", "/audit?targetType=tenant",
            "/audit?from=2026-01-01T00:00:00Z"})
    void everyListIsAnsweredFromAnIndexWithoutScanningTheCollection(String path) {
        SENT.clear();
        operator().get(path).expect(200);

        List<BsonDocument> queries = List.copyOf(SENT);
        assertThat(queries).as("commands sent for " + path).isNotEmpty();
        for (BsonDocument command : queries) {
            Document plan = mongo.getDb().runCommand(new Document("explain", withoutSessionFields(command))
                    .append("verbosity", "queryPlanner"));
            assertThat(plan.toJson()).as("plan of %s for %s", command.toJson(), path)
                    .doesNotContain("COLLSCAN");
        }
    }

    private static BsonDocument withoutSessionFields(BsonDocument command) {
        BsonDocument explainable = command.clone();
        for (String field : List.of("$db", "lsid", "$clusterTime", "txnNumber", "autocommit", "startTransaction",
                "readConcern", "$readPreference", "apiVersion")) {
            explainable.remove(field);
        }
        return explainable;
    }
}
