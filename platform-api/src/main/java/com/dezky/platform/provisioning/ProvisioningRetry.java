package com.dezky.platform.provisioning;

import com.dezky.platform.store.ScheduledRuns;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Retries failed provisioning on a schedule, so that an upstream outage heals without an operator. */
@Component
class ProvisioningRetry {

    private static final Logger log = LoggerFactory.getLogger(ProvisioningRetry.class);
    private static final int TENANTS_PER_RUN = 100;
    private static final String INTERVAL = "${dezky.provisioning.retry-interval:1m}";

    private final Provisioner provisioner;
    private final ScheduledRuns scheduled;
    private final Duration interval;

    ProvisioningRetry(Provisioner provisioner, ScheduledRuns scheduled, @Value(INTERVAL) Duration interval) {
        this.provisioner = provisioner;
        this.scheduled = scheduled;
        this.interval = interval;
    }

    @Scheduled(fixedDelayString = INTERVAL, initialDelayString = INTERVAL)
    void retryStalled() {
        scheduled.oncePerPeriod("provisioning-retry", interval, () -> {
            int retried = provisioner.retryStalled(TENANTS_PER_RUN);
            if (retried > 0) {
                log.info("Retrying provisioning of {} tenant(s) with an integration in error", retried);
            }
        });
    }
}
