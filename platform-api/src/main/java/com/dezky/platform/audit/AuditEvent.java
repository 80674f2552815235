package com.dezky.platform.audit;

import com.dezky.model.json.CanonicalJson;
import com.dezky.platform.web.Changes;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One entry of the append-only, hash-chained audit trail. {@code hash} is the seal, HMAC-SHA-256
 * under the chain key {@code keyId}, over the canonical form of every other field,
 * {@code prevHash} included: editing, removing or reordering any event breaks the chain from there
 * on, and without the key (which is not in the database) nobody can seal a rewritten one. Events
 * from before the chain was keyed have no {@code keyId} and a plain SHA-256. {@code eventId}
 * names the domain event it records, so that a resubmitted event is not recorded twice; it is not
 * part of the sealed content.
 */
@Document("platform_audit")
@CompoundIndex(name = "tenant_seq", def = "{'tenant': 1, 'seq': -1}")
@CompoundIndex(name = "action_seq", def = "{'action': 1, 'seq': -1}")
@CompoundIndex(name = "target_seq", def = "{'target.slug': 1, 'seq': -1}")
@CompoundIndex(name = "actor_seq", def = "{'actor.email': 1, 'seq': -1}")
@CompoundIndex(name = "actor_subject_seq", def = "{'actor.subject': 1, 'seq': -1}")
@CompoundIndex(name = "target_type_seq", def = "{'target.type': 1, 'seq': -1}")
public record AuditEvent(
        @Id String id,
        @Indexed(unique = true) long seq,
        @Indexed Instant at,
        Actor actor,
        String action,
        AuditEntry.@Nullable Target target,
        @Nullable String tenant,
        @Nullable String reason,
        @Nullable List<Changes.FieldChange> changes,
        @Nullable Map<String, Object> details,
        String prevHash,
        String hash,
        @Indexed(unique = true, sparse = true) @Nullable UUID eventId,
        @Nullable String keyId) {

    /** An entry that records no event (written by the trail's own tests). */
    public AuditEvent(String id, long seq, Instant at, Actor actor, String action, AuditEntry.Target target,
            String tenant, String reason, List<Changes.FieldChange> changes, Map<String, Object> details, String prevHash,
            String hash) {
        this(id, seq, at, actor, action, target, tenant, reason, changes, details, prevHash, hash, null, null);
    }

    /** Sealed under the key: its id is part of what the seal covers. */
    AuditEvent sealed(String sealKeyId, java.util.function.Function<String, String> seal) {
        AuditEvent keyed = new AuditEvent(id, seq, at, actor, action, target, tenant, reason, changes, details,
                prevHash, null, eventId, sealKeyId);
        return new AuditEvent(id, seq, at, actor, action, target, tenant, reason, changes, details, prevHash,
                seal.apply(keyed.canonicalContent()), eventId, sealKeyId);
    }

    /** The canonical content the seal covers: everything but the id, the event id and the hash itself. */
    String canonicalContent() {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("seq", seq);
        content.put("at", at);
        content.put("actor", actor == null ? null : map("issuer", actor.issuer(), "subject", actor.subject(),
                "email", actor.email(), "ip", actor.ip()));
        content.put("action", action);
        content.put("target", target == null ? null : map("type", target.type(), "id", target.id(),
                "slug", target.slug()));
        content.put("tenant", tenant);
        content.put("reason", reason);
        content.put("changes", changes == null ? List.of() : changes.stream()
                .map(c -> map("field", c.field(), "before", c.before(), "after", c.after())).toList());
        content.put("details", details == null ? Map.of() : details);
        content.put("prevHash", prevHash);
        if (keyId != null) {
            content.put("keyId", keyId);
        }
        return CanonicalJson.write(content);
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
