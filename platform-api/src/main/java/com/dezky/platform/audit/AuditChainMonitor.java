package com.dezky.platform.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Checkpoints and verifies the audit chain on a schedule, so {@code dezky_audit_chain_intact}
 * (alerted on by the ops team) reflects the stored trail even when nobody opens the audit log.
 */
@Component
class AuditChainMonitor {

    private static final Logger log = LoggerFactory.getLogger(AuditChainMonitor.class);

    private final AuditTrail trail;

    AuditChainMonitor(AuditTrail trail) {
        this.trail = trail;
    }

    /** At least this often a checkpoint, while events are written (one after every N events besides). */
    @Scheduled(fixedDelayString = "${dezky.audit.checkpoint-interval:15m}",
            initialDelayString = "${dezky.audit.checkpoint-interval:15m}")
    void checkpoint() {
        trail.checkpointHead();
    }

    @Scheduled(fixedDelayString = "${dezky.audit.verify-interval:15m}", initialDelayString = "${dezky.audit.verify-delay:30s}")
    void verify() {
        AuditVerification result = trail.verify();
        if (!result.ok()) {
            log.error("Audit chain broken at event {}: {}", result.firstBrokenSeq(), result.problem());
        }
    }
}
