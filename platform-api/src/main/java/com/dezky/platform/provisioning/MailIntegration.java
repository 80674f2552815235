package com.dezky.platform.provisioning;

import com.dezky.model.Groups;
import com.dezky.platform.tenant.Tenant;
import com.dezky.platform.tenant.TenantDirectory;
import com.dezky.upstream.UpstreamCalls;
import com.dezky.upstream.UpstreamException;
import com.dezky.upstream.Upstreams;
import com.dezky.upstream.stalwart.StalwartClient;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Stalwart: one mail domain per tenant domain (external ids: domain name → Stalwart id), each
 * claimed by the tenant ({@link UpstreamClaim}) before it is found or created. A domain removed
 * from the tenant is destroyed in Stalwart only by its owner and only while no other tenant has
 * it; then the claim is released and another tenant may take the name. Suspension leaves mail
 * alone: mail keeps arriving, and the users cannot sign in to read it.
 */
@Component
class MailIntegration implements UpstreamIntegration {

    private final StalwartClient stalwart;
    private final UpstreamClaims claims;
    private final TenantDirectory tenants;
    private final Clock clock;

    MailIntegration(StalwartClient stalwart, UpstreamClaims claims, TenantDirectory tenants, Clock clock) {
        this.stalwart = stalwart;
        this.claims = claims;
        this.tenants = tenants;
        this.clock = clock;
    }

    @Override
    public String name() {
        return Upstreams.STALWART;
    }

    @Override
    public boolean enabled() {
        return stalwart.enabled();
    }

    @Override
    public List<String> converge(Tenant tenant, Map<String, String> ids) {
        List<String> changes = new ArrayList<>();
        // Looked up every time rather than trusted from the kept ids: the upstream may have lost it.
        for (String domain : tenant.getDomains()) {
            claim(domain, tenant.getSlug());
            UpstreamCalls.Found<String> found = stalwart.findOrCreateDomain(domain,
                    tenant.getName() + " (" + Groups.tenantMembers(tenant.getSlug()) + ")");
            if (found.created()) {
                changes.add("created domain " + domain);
            }
            claims.save(new UpstreamClaim(UpstreamClaim.mailDomain(domain), tenant.getSlug(), found.value(),
                    clock.instant()));
            ids.put(domain, found.value());
        }
        for (String domain : List.copyOf(ids.keySet())) {
            if (!tenant.getDomains().contains(domain)) {
                changes.add(release(tenant.getSlug(), domain, ids.get(domain)));
                ids.remove(domain);
            }
        }
        return changes;
    }

    @Override
    public List<String> purge(Tenant tenant, Map<String, String> ids) {
        List<String> removed = new ArrayList<>();
        Set<String> domains = new LinkedHashSet<>(tenant.getDomains());
        domains.addAll(ids.keySet());
        for (String domain : domains) {
            String id = ids.containsKey(domain) ? ids.get(domain) : stalwart.findDomain(domain).orElse(null);
            if (id != null) {
                removed.add(release(tenant.getSlug(), domain, id));
                ids.remove(domain);
            }
        }
        return removed;
    }

    /** Claims the domain for the tenant; refuses while another tenant still holds it. */
    private void claim(String domain, String slug) {
        String id = UpstreamClaim.mailDomain(domain);
        Optional<UpstreamClaim> held = claims.findById(id);
        if (held.isEmpty()) {
            try {
                claims.insert(new UpstreamClaim(id, slug, null, clock.instant()));
                return;
            } catch (DuplicateKeyException claimedMeanwhile) {
                held = claims.findById(id);
            }
        }
        held.filter(claim -> !claim.owner().equals(slug)).ifPresent(claim -> {
            throw new UpstreamException(UpstreamException.Kind.CONFLICT, Upstreams.STALWART, "the domain " + domain
                    + " is still held by tenant " + claim.owner() + ", whose removal of it has not completed");
        });
    }

    /**
     * Lets go of a domain the tenant no longer has: destroyed in Stalwart if the tenant owns it
     * and no other tenant has it, else only forgotten here.
     */
    private String release(String slug, String domain, String upstreamId) {
        String claimId = UpstreamClaim.mailDomain(domain);
        Optional<String> owner = claims.findById(claimId).map(UpstreamClaim::owner);
        Optional<String> holder = tenants.slugWithDomain(domain).filter(other -> !other.equals(slug));
        if (owner.filter(o -> !o.equals(slug)).isPresent() || holder.isPresent()) {
            return "left domain " + domain + " to tenant " + holder.or(() -> owner).orElseThrow();
        }
        stalwart.destroyDomain(upstreamId);
        claims.deleteById(claimId);
        return "destroyed domain " + domain;
    }
}
