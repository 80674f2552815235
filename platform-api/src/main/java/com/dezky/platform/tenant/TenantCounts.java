package com.dezky.platform.tenant;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Keeps the tenant counters (how many tenants of each partner and plan are in each status) current
 * from the tenant events, in the transaction of the change itself, so that a list's status chips
 * and totals are read from a few counters instead of counting every tenant on each page view.
 * Counters missing at start (a store from before they existed) are built from the tenants.
 */
@Component
class TenantCounts {

    private final Tenants tenants;

    TenantCounts(Tenants tenants) {
        this.tenants = tenants;
    }

    @EventListener
    void on(TenantChanged changed) {
        tenants.count(changed.before(), changed.after());
    }

    /** First among the start-up listeners, so that the metrics read built counters. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void buildIfMissing() {
        if (!tenants.counted()) {
            tenants.recount();
        }
    }
}
