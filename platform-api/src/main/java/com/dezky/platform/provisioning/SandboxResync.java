package com.dezky.platform.provisioning;

import com.dezky.platform.tenant.Tenant;
import com.dezky.upstream.Upstreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Sandbox upstreams keep nothing across restarts, while the tenants' provisioning records do:
 * at start, against sandboxes only, every tenant is reconciled so that the two agree again.
 * Against real upstreams this never runs.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE) // after the local demo data is seeded
class SandboxResync implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SandboxResync.class);
    /** The local stack's scale; a sandbox with more tenants than this is not a sandbox. */
    private static final int MAX_TENANTS = 5_000;

    private final Provisioner provisioner;
    private final Upstreams upstreams;
    private final MongoTemplate mongo;

    SandboxResync(Provisioner provisioner, Upstreams upstreams, MongoTemplate mongo) {
        this.provisioner = provisioner;
        this.upstreams = upstreams;
        this.mongo = mongo;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean sandboxes = upstreams.status().stream().anyMatch(u -> u.enabled() && u.sandbox());
        if (!provisioner.enabled() || !sandboxes) {
            return;
        }
        Query all = new Query().with(Sort.by("slug")).limit(MAX_TENANTS);
        all.fields().include("slug");
        var slugs = mongo.find(all, Tenant.class).stream().map(Tenant::getSlug).toList();
        slugs.forEach(provisioner::reconcileLater);
        log.info("SANDBOX upstreams: reconciling {} tenant(s) into them, since sandboxes forget at every restart", slugs.size());
    }
}
