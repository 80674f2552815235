package com.dezky.platform.audit;

import org.jspecify.annotations.Nullable;

/**
 * What {@code GET /audit/verify} answers.
 *
 * @param checked        events read before the verdict
 * @param firstBrokenSeq the first sequence number that does not fit, or null when intact
 * @param problem        what is wrong there, or null
 * @param provenUpTo     the newest event covered by a valid signed checkpoint that matches the
 *                       chain (0 when none yet): up to it the trail is proven even against someone
 *                       holding the chain key; the events after it are sealed and linked
 * @param checkpoints    signed checkpoints checked
 */
public record AuditVerification(boolean ok, long checked, @Nullable Long firstBrokenSeq, @Nullable String problem, long provenUpTo,
        long checkpoints) {

    static AuditVerification intact(long checked, long provenUpTo, long checkpoints) {
        return new AuditVerification(true, checked, null, null, provenUpTo, checkpoints);
    }

    static AuditVerification broken(long checked, long seq, String problem, long provenUpTo, long checkpoints) {
        return new AuditVerification(false, checked, seq, problem, provenUpTo, checkpoints);
    }
}
