package com.dezky.platform.audit;

/**
 * What {@code GET /audit/verify} answers.
 *
 * @param checked        events read before the verdict
 * @param firstBrokenSeq the first sequence number that does not fit, or null when intact
 * @param problem        what is wrong there, or null
 */
public record AuditVerification(boolean ok, long checked, Long firstBrokenSeq, String problem) {

    static AuditVerification intact(long checked) {
        return new AuditVerification(true, checked, null, null);
    }

    static AuditVerification broken(long checked, long seq, String problem) {
        return new AuditVerification(false, checked, seq, problem);
    }
}
