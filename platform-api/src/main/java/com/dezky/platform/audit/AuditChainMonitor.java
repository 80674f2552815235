package com.dezky.platform.audit;

import com.dezky.platform.store.ScheduledRuns;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Checkpoints and verifies the audit chain on a schedule, so {@code dezky_audit_chain_intact}
 * (alerted on by the ops team) reflects the stored trail even when nobody opens the audit log.
 */
@Component
class AuditChainMonitor {

    private static final Logger log = LoggerFactory.getLogger(AuditChainMonitor.class);

    private static final String CHECKPOINT_INTERVAL = "${dezky.audit.checkpoint-interval:15m}";

    private final AuditTrail trail;
    private final ScheduledRuns scheduled;
    private final Duration checkpointInterval;

    AuditChainMonitor(AuditTrail trail, ScheduledRuns scheduled, @Value(CHECKPOINT_INTERVAL) Duration checkpointInterval) {
        this.trail = trail;
        this.scheduled = scheduled;
        this.checkpointInterval = checkpointInterval;
    }

    /** At least this often a checkpoint, while events are written (one after every N events besides). */
    @Scheduled(fixedDelayString = CHECKPOINT_INTERVAL, initialDelayString = CHECKPOINT_INTERVAL)
    void checkpoint() {
        scheduled.oncePerPeriod("audit-checkpoint", checkpointInterval, trail::checkpointHead);
    }

    /**
     * On every replica, not once per period: it only reads, and each replica's
     * {@code dezky_audit_chain_intact} reports its own last look at the stored trail.
     */
    @Scheduled(fixedDelayString = "${dezky.audit.verify-interval:15m}", initialDelayString = "${dezky.audit.verify-delay:30s}")
    void verify() {
        AuditVerification result = trail.verify();
        if (!result.ok()) {
            log.error("Audit chain broken at event {}: {}", result.firstBrokenSeq(), result.problem());
        }
    }
}
