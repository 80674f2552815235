package com.dezky.platform.provisioning;

import com.dezky.platform.tenant.TenantChanged;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Brings the upstreams in line with a tenant after every change that reaches them (an operator's
 * reconcile request is one). The reconcile runs after the change is committed, in the background, kept
 * by the event publication registry until it has run: a reconcile interrupted by a crash or a
 * restart is run again, which is harmless (everything is find-or-create).
 */
@Component
class ProvisioningReactions {

    private final Provisioner provisioner;

    ProvisioningReactions(Provisioner provisioner) {
        this.provisioner = provisioner;
    }

    /** At once, with the change: the tenant shows its integrations pending from the first answer on. */
    @EventListener(condition = "#changed.change().reachesUpstreams()")
    public void queue(TenantChanged changed) {
        provisioner.queue(changed.slug());
    }

    /** Upstream calls take seconds: no transaction is held open for them. */
    @ApplicationModuleListener(condition = "#changed.change().reachesUpstreams()", propagation = Propagation.NOT_SUPPORTED)
    public void reconcile(TenantChanged changed) {
        provisioner.reconcile(changed.slug());
    }
}
