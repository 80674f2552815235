package com.dezky.platform.provisioning;

import com.dezky.model.tenant.TenantView;
import com.dezky.platform.audit.AuditEntry;
import com.dezky.platform.audit.AuditTrail;
import com.dezky.platform.tenant.TenantService;
import com.dezky.platform.tenant.TenantViews;
import com.dezky.platform.web.ApiProblem;
import com.dezky.upstream.Upstreams;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reconciling a tenant by hand, and the upstreams' state (operator-only, see the security configuration). */
@RestController
class ProvisioningController {

    private final Provisioner provisioner;
    private final TenantService tenants;
    private final TenantViews views;
    private final Upstreams upstreams;
    private final AuditTrail audit;

    ProvisioningController(Provisioner provisioner, TenantService tenants, TenantViews views, Upstreams upstreams,
            AuditTrail audit) {
        this.audit = audit;
        this.provisioner = provisioner;
        this.tenants = tenants;
        this.views = views;
        this.upstreams = upstreams;
    }

    /**
     * Starts a reconcile and answers at once (202) with the tenant, its integrations now pending;
     * poll the tenant to follow them. Safe to repeat: nothing is ever created twice.
     */
    @PostMapping("/tenants/{slug}/reconcile")
    ResponseEntity<TenantView> reconcile(@PathVariable String slug) {
        if (!provisioner.enabled()) {
            throw ApiProblem.unavailable("Provisioning is switched off in this deployment (dezky.provisioning.enabled).");
        }
        var tenant = tenants.get(slug);
        provisioner.reconcileLater(slug);
        audit.record(AuditEntry.of("tenant.reconcile_requested",
                new AuditEntry.Target("tenant", tenant.getId(), slug)).tenant(slug));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(views.view(tenants.get(slug)));
    }

    /** Each upstream: enabled, sandbox or real, and its circuit breaker, without calling it. */
    @GetMapping("/upstreams")
    List<Upstreams.UpstreamStatus> upstreams() {
        return upstreams.status();
    }
}
