package com.dezky.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.dezky.platform.testing.ApiTestSupport;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** The audit trail's chain, with a database of its own: these tests tamper with it on purpose. */
class AuditTrailTest extends ApiTestSupport {

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditKeys keys;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        register(registry, "audit-tamper");
        registry.add("dezky.audit.checkpoint-every", () -> "3");
    }

    @BeforeEach
    void emptyTrail() {
        mongo.dropCollection(AuditEvent.class);
        mongo.dropCollection("platform_audit_head");
        mongo.dropCollection(AuditCheckpoint.class);
        mongo.indexOps(AuditEvent.class).createIndex(new Index("seq", Sort.Direction.ASC).unique());
        mongo.indexOps(AuditCheckpoint.class).createIndex(new Index("seq", Sort.Direction.ASC).unique());
    }

    @Test
    void appendsSealedLinkedEventsCheckpointsThemAndVerifiesThemIntact() {
        createPartners(4);

        JsonNode verdict = operator().get("/audit/verify").expect(200).body();

        assertThat(verdict.get("ok").asBoolean()).isTrue();
        assertThat(verdict.get("checked").asLong()).isEqualTo(4);
        assertThat(verdict.get("provenUpTo").asLong()).as("checkpointed every 3 events").isEqualTo(3);
        List<AuditEvent> events = events();
        assertThat(events).extracting(AuditEvent::seq).containsExactly(1L, 2L, 3L, 4L);
        assertThat(events).extracting(AuditEvent::keyId).containsOnly("test-1");
        assertThat(events.get(0).prevHash()).isEqualTo(AuditTrail.GENESIS);
        assertThat(events.get(1).prevHash()).isEqualTo(events.get(0).hash());
        assertThat(events.get(3).prevHash()).isEqualTo(events.get(2).hash());
        assertThat(trail.checkpointHead()).hasValueSatisfying(checkpoint -> assertThat(checkpoint.seq()).isEqualTo(4));
        assertThat(trail.checkpointHead()).as("nothing new to checkpoint").isEmpty();
        assertThat(trail.verify().provenUpTo()).isEqualTo(4);
    }

    @Test
    void detectsAnEditedEvent() {
        createPartners(4);
        mongo.updateFirst(query(where("seq").is(2L)), Update.update("actor.email", "someone-else@example.com"),
                AuditEvent.class);

        assertBroken(2, "content does not match its seal");
    }

    /** Issue 15, item 4: plain SHA-256 needed no secret, so a rewritten suffix with its head passed. */
    @Test
    void detectsASuffixResealedWithoutTheChainKeyEvenWithTheHeadRewritten() {
        createPartners(5);
        byte[] guessedKey = new byte[32];
        rewriteFrom(2, content -> hmac(guessedKey, content), "test-1");

        assertBroken(2, "content does not match its seal");
    }

    @Test
    void detectsASuffixRewrittenAsUnkeyedHistory() {
        createPartners(5);
        rewriteFrom(2, AuditTrailTest::sha256, null);

        assertBroken(2, "is not sealed with a chain key");
    }

    /** Even whoever holds the chain key cannot rewrite what a signed checkpoint covers. */
    @Test
    void detectsASuffixResealedWithTheChainKeyAtTheSignedCheckpoint() {
        createPartners(5);
        rewriteFrom(2, keys::seal, "test-1");

        JsonNode verdict = assertBroken(3, "does not match its signed checkpoint");
        assertThat(verdict.get("provenUpTo").asLong()).isZero();
    }

    @Test
    void detectsADeletedEventInTheMiddle() {
        createPartners(4);
        mongo.remove(query(where("seq").is(2L)), AuditEvent.class);

        assertBroken(2, "event 2 is missing");
    }

    @Test
    void detectsReorderedEvents() {
        createPartners(4);
        mongo.updateFirst(query(where("seq").is(2L)), Update.update("seq", 99L), AuditEvent.class);
        mongo.updateFirst(query(where("seq").is(3L)), Update.update("seq", 2L), AuditEvent.class);
        mongo.updateFirst(query(where("seq").is(99L)), Update.update("seq", 3L), AuditEvent.class);

        assertBroken(2, "does not link to the event before it");
    }

    @Test
    void detectsDeletedNewestEvents() {
        createPartners(4);
        mongo.remove(query(where("seq").gte(3L)), AuditEvent.class);

        assertBroken(3, "events after 2 were removed");
    }

    @Test
    void detectsATruncationWhoseHeadWasRewrittenByItsSignedCheckpoint() {
        createPartners(4);
        mongo.remove(query(where("seq").gte(3L)), AuditEvent.class);
        AuditEvent second = mongo.findOne(query(where("seq").is(2L)), AuditEvent.class);
        rewriteHead(second);

        assertBroken(3, "events after 2 were removed (a signed checkpoint names a later one)");
    }

    @Test
    void detectsAForgedCheckpoint() throws Exception {
        createPartners(4);
        AuditEvent fourth = mongo.findOne(query(where("seq").is(4L)), AuditEvent.class);
        KeyPair forger = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Signature signature = Signature.getInstance("Ed25519");
        signature.initSign(forger.getPrivate());
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        signature.update(AuditCheckpoint.message(4, fourth.hash(), at));
        mongo.insert(new AuditCheckpoint(null, 4, fourth.hash(), at, "test-1",
                Base64.getEncoder().encodeToString(signature.sign())));

        assertBroken(4, "its checkpoint is not signed by a checkpoint key");
    }

    /** Events from seq on, re-sealed in place with the given seal and relinked, and the head moved along. */
    private void rewriteFrom(long from, Function<String, String> seal, String keyId) {
        AuditEvent previous = mongo.findOne(query(where("seq").is(from - 1)), AuditEvent.class);
        for (AuditEvent event : events()) {
            if (event.seq() < from) {
                continue;
            }
            AuditEvent relinked = new AuditEvent(event.id(), event.seq(), event.at(), event.actor(),
                    event.seq() == from ? "partner.deleted" : event.action(), event.target(), event.tenant(),
                    event.reason(), event.changes(), event.details(), previous.hash(), null, event.eventId(), null);
            AuditEvent resealed = keyId == null
                    ? new AuditEvent(event.id(), event.seq(), event.at(), event.actor(), relinked.action(),
                            event.target(), event.tenant(), event.reason(), event.changes(), event.details(),
                            previous.hash(), seal.apply(relinked.canonicalContent()), event.eventId(), null)
                    : relinked.sealed(keyId, seal);
            mongo.save(resealed);
            previous = resealed;
        }
        rewriteHead(previous);
    }

    private void rewriteHead(AuditEvent newest) {
        mongo.getCollection("platform_audit_head").replaceOne(new Document("_id", "head"),
                new Document("_id", "head").append("seq", newest.seq()).append("hash", newest.hash()));
    }

    private static String hmac(byte[] key, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
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

    private JsonNode assertBroken(long seq, String problem) {
        JsonNode verdict = operator().get("/audit/verify").expect(200).body();
        assertThat(verdict.get("ok").asBoolean()).isFalse();
        assertThat(verdict.get("firstBrokenSeq").asLong()).isEqualTo(seq);
        assertThat(verdict.get("problem").asString()).isEqualTo(problem);
        return verdict;
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
