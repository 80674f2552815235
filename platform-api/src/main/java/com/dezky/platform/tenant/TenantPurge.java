package com.dezky.platform.tenant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Removes deleted tenants once their grace period is over, on a schedule. */
@Component
class TenantPurge {

    private static final Logger log = LoggerFactory.getLogger(TenantPurge.class);

    private final TenantService tenants;

    TenantPurge(TenantService tenants) {
        this.tenants = tenants;
    }

    @Scheduled(fixedDelayString = "${dezky.tenants.purge-interval:5m}", initialDelayString = "${dezky.tenants.purge-interval:5m}")
    void purgeExpired() {
        int purged = tenants.purgeExpired();
        if (purged > 0) {
            log.info("Purged {} tenant(s) past their deletion grace period", purged);
        }
    }
}
