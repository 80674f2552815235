package com.dezky.platform.provisioning;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Retries failed provisioning on a schedule, so that an upstream outage heals without an operator. */
@Component
class ProvisioningRetry {

    private static final Logger log = LoggerFactory.getLogger(ProvisioningRetry.class);
    private static final int TENANTS_PER_RUN = 100;

    private final Provisioner provisioner;

    ProvisioningRetry(Provisioner provisioner) {
        this.provisioner = provisioner;
    }

    @Scheduled(fixedDelayString = "${dezky.provisioning.retry-interval:1m}",
            initialDelayString = "${dezky.provisioning.retry-interval:1m}")
    void retryStalled() {
        int retried = provisioner.retryStalled(TENANTS_PER_RUN);
        if (retried > 0) {
            log.info("Retrying provisioning of {} tenant(s) with an integration in error", retried);
        }
    }
}
