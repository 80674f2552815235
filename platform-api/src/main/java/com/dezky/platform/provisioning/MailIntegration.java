package com.dezky.platform.provisioning;

import com.dezky.model.Groups;
import com.dezky.platform.tenant.Tenant;
import com.dezky.upstream.UpstreamCalls;
import com.dezky.upstream.Upstreams;
import com.dezky.upstream.stalwart.StalwartClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Stalwart: one mail domain per tenant domain (external ids: domain name → Stalwart id). A
 * domain removed from the tenant is destroyed in Stalwart. Suspension leaves mail alone: mail
 * keeps arriving, and the users cannot sign in to read it.
 */
@Component
class MailIntegration implements UpstreamIntegration {

    private final StalwartClient stalwart;

    MailIntegration(StalwartClient stalwart) {
        this.stalwart = stalwart;
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
            UpstreamCalls.Found<String> found = stalwart.findOrCreateDomain(domain,
                    tenant.getName() + " (" + Groups.tenantMembers(tenant.getSlug()) + ")");
            if (found.created()) {
                changes.add("created domain " + domain);
            }
            ids.put(domain, found.value());
        }
        for (String domain : List.copyOf(ids.keySet())) {
            if (!tenant.getDomains().contains(domain)) {
                stalwart.destroyDomain(ids.get(domain));
                ids.remove(domain);
                changes.add("destroyed domain " + domain);
            }
        }
        return changes;
    }

    @Override
    public List<String> purge(Tenant tenant, Map<String, String> ids) {
        List<String> removed = new ArrayList<>();
        for (String domain : tenant.getDomains()) {
            String id = ids.containsKey(domain) ? ids.get(domain) : stalwart.findDomain(domain).orElse(null);
            if (id != null) {
                stalwart.destroyDomain(id);
                ids.remove(domain);
                removed.add("destroyed domain " + domain);
            }
        }
        return removed;
    }
}
