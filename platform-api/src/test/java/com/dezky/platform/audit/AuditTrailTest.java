package com.dezky.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.dezky.platform.testing.ApiTestSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** The audit trail's chain, with a database of its own: these tests tamper with it on purpose. */
class AuditTrailTest extends ApiTestSupport {

    @Autowired
    AuditTrail trail;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        register(registry, "audit-tamper");
    }

    @BeforeEach
    void emptyTrail() {
        mongo.dropCollection(AuditEvent.class);
        mongo.dropCollection("platform_audit_head");
        mongo.indexOps(AuditEvent.class).createIndex(new org.springframework.data.mongodb.core.index.Index("seq",
                Sort.Direction.ASC).unique());
    }

    @Test
    void appendsLinkedEventsAndVerifiesThemIntact() {
        createPartners(3);

        JsonNode verdict = operator().get("/audit/verify").expect(200).body();

        assertThat(verdict.get("ok").asBoolean()).isTrue();
        assertThat(verdict.get("checked").asLong()).isEqualTo(3);
        List<AuditEvent> events = events();
        assertThat(events).extracting(AuditEvent::seq).containsExactly(1L, 2L, 3L);
        assertThat(events.get(0).prevHash()).isEqualTo(AuditTrail.GENESIS);
        assertThat(events.get(1).prevHash()).isEqualTo(events.get(0).hash());
        assertThat(events.get(2).prevHash()).isEqualTo(events.get(1).hash());
    }

    @Test
    void detectsAnEditedEvent() {
        createPartners(4);
        mongo.updateFirst(query(where("seq").is(2L)), Update.update("actor.email", "someone-else@example.com"),
                AuditEvent.class);

        assertBroken(2, "content does not match its hash");
    }

    @Test
    void detectsAnEditedEventWhoseHashWasRecomputed() {
        createPartners(4);
        AuditEvent second = mongo.findOne(query(where("seq").is(2L)), AuditEvent.class);
        AuditEvent forged = AuditTrail.withHash(new AuditEvent(second.id(), 2, second.at(), second.actor(),
                "partner.deleted", second.target(), second.tenant(), second.reason(), second.changes(),
                second.details(), second.prevHash(), null));
        mongo.save(forged);

        assertBroken(3, "does not link to the event before it");
    }

    @Test
    void detectsADeletedEventInTheMiddle() {
        createPartners(4);
        mongo.remove(query(where("seq").is(2L)), AuditEvent.class);

        assertBroken(2, "event 2 is missing");
    }

    @Test
    void detectsDeletedNewestEvents() {
        createPartners(4);
        mongo.remove(query(where("seq").gte(3L)), AuditEvent.class);

        assertBroken(3, "events after 2 were removed");
    }

    @Test
    void concurrentAppendsGetContiguousNumbersAndAnIntactChain() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<AuditEvent>> appends = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(12)) {
            for (int i = 0; i < 40; i++) {
                String slug = "concurrent-" + i;
                appends.add(pool.submit(() -> {
                    gate.await();
                    return trail.recordSystem(AuditEntry.of("test.appended", new AuditEntry.Target("test", slug, slug))
                            .details(Map.of("n", slug)));
                }));
            }
            gate.countDown();
            for (Future<AuditEvent> append : appends) {
                append.get();
            }
        }

        assertThat(events()).extracting(AuditEvent::seq).containsExactlyElementsOf(
                java.util.stream.LongStream.rangeClosed(1, 40).boxed().toList());
        assertThat(trail.verify().ok()).isTrue();
    }

    @Test
    void filtersEventsByActionPrefixTargetAndActor() {
        List<String> slugs = createPartners(2);

        JsonNode partners = operator().get("/audit?action=partner.&size=10").expect(200).body();
        assertThat(partners.get("totalItems").asLong()).isEqualTo(2);
        assertThat(partners.at("/items/0/seq").asLong()).as("newest first").isEqualTo(2);
        assertThat(operator().get("/audit?action=partner.created&target=" + slugs.getFirst()).body().get("totalItems").asLong())
                .isEqualTo(1);
        assertThat(operator().get("/audit?actor=ada@example.com").body().get("totalItems").asLong()).isEqualTo(2);
        assertThat(operator().get("/audit?actor=nobody@example.com").body().get("totalItems").asLong()).isZero();
        operator().get("/audit?from=yesterday").expectProblem(400, "invalid-request");
    }

    private void assertBroken(long seq, String problem) {
        JsonNode verdict = operator().get("/audit/verify").expect(200).body();
        assertThat(verdict.get("ok").asBoolean()).isFalse();
        assertThat(verdict.get("firstBrokenSeq").asLong()).isEqualTo(seq);
        assertThat(verdict.get("problem").asString()).isEqualTo(problem);
    }

    private List<String> createPartners(int count) {
        List<String> slugs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String slug = uniqueSlug("audit-partner");
            operator().post("/partners", Map.of("slug", slug, "name", "Partner " + i,
                    "domain", slug + ".example", "marginPct", 10)).expect(201);
            slugs.add(slug);
        }
        return slugs;
    }

    private List<AuditEvent> events() {
        return mongo.find(new Query().with(Sort.by("seq")), AuditEvent.class);
    }
}
