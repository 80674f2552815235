package com.dezky.platform.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A signed statement that the trail up to {@code seq} ends in {@code hash}: written to the
 * database and to the log (which is shipped elsewhere), so that a rewrite of the database alone
 * is caught at the newest checkpoint before it.
 */
@Document("audit_checkpoints")
record AuditCheckpoint(@Id String id, @Indexed(unique = true) long seq, String hash, Instant at, String keyId,
        String signature) {

    /** What the signature covers. */
    static byte[] message(long seq, String hash, Instant at) {
        return ("dezky-audit-checkpoint\n" + seq + "\n" + hash + "\n" + at).getBytes(StandardCharsets.UTF_8);
    }

    byte[] message() {
        return message(seq, hash, at);
    }
}
