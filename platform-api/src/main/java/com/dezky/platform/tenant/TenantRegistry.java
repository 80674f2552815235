package com.dezky.platform.tenant;

import com.dezky.model.partner.PartnerStatus;
import com.dezky.model.tenant.CreateTenantRequest;
import com.dezky.model.tenant.TenantAction;
import com.dezky.model.tenant.TenantView;
import com.dezky.platform.audit.Occurrence;
import com.dezky.platform.plan.PlanCatalogue;
import com.dezky.platform.store.Transactions;
import com.dezky.platform.web.ApiProblem;
import com.dezky.platform.web.ETags;
import com.dezky.platform.web.MergePatch;
import com.dezky.web.ProblemTypes;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/** Changes to tenants: creating, editing (merge patch), and the lifecycle actions. */
@Service
@EnableConfigurationProperties(TenantProperties.class)
class TenantRegistry {

    /** Fields a patch may not touch: the slug is the identity, the status has its own actions. */
    private static final Map<String, String> FIXED = Map.of(
            "slug", "cannot be changed",
            "status", "changes through the lifecycle actions (suspend, resume, delete, restore)");

    private final Tenants tenants;
    private final PlanCatalogue plans;
    private final PartnerDirectory partners;
    private final SeatUsage seats;
    private final TenantUpstreams upstreams;
    private final MergePatch mergePatch;
    private final ApplicationEventPublisher events;
    private final TenantProperties properties;
    private final Clock clock;
    private final Transactions transactions;

    TenantRegistry(Tenants tenants, PlanCatalogue plans, PartnerDirectory partners, SeatUsage seats,
            TenantUpstreams upstreams, MergePatch mergePatch, ApplicationEventPublisher events,
            TenantProperties properties, Clock clock, Transactions transactions) {
        this.transactions = transactions;
        this.tenants = tenants;
        this.plans = plans;
        this.partners = partners;
        this.seats = seats;
        this.upstreams = upstreams;
        this.mergePatch = mergePatch;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    Tenant create(CreateTenantRequest request) {
        return transactions.write(() -> {
            if (request.slug().endsWith("-admins")) {
                throw ApiProblem.invalid("slug", "must not end in -admins (reserved for the tenant's admin group)");
            }
            if (tenants.existsBySlug(request.slug())) {
                throw slugTaken(request.slug());
            }
            Tenant tenant = new Tenant(request.slug(), draft(request, null), Occurrence.byCaller(clock));
            requireDomainsFree(tenant);
            try {
                return tenants.save(tenant);
            } catch (DuplicateKeyException raceLost) {
                // Told by the index that refused it: in a transaction nothing more can be read now.
                throw raceLost.getMessage() != null && raceLost.getMessage().contains("domains") ? domainTaken()
                        : slugTaken(request.slug());
            }
        });
    }

    /** A JSON merge patch (RFC 7396) of the fields of {@link CreateTenantRequest}, held to the same rules. */
    Tenant patch(String slug, String ifMatch, JsonNode patch) {
        return transactions.write(() -> {
            Tenant tenant = require(slug);
            ETags.requireMatch(ifMatch, tenant.getVersion());
            CreateTenantRequest edited = mergePatch.apply(asRequest(tenant), patch, FIXED);
            if (edited.seatCap() < tenant.getSeatCap()) {
                requireSeatsFor(tenant, edited.seatCap());
            }
            if (!tenant.update(draft(edited, tenant.getPartnerId()), Occurrence.byCaller(clock))) {
                return tenant;
            }
            requireDomainsFree(tenant);
            try {
                return tenants.save(tenant);
            } catch (DuplicateKeyException raceLost) {
                throw domainTaken();
            }
        });
    }

    Tenant act(String slug, TenantAction action, String reason, String ifMatch) {
        return transactions.write(() -> {
            Tenant tenant = require(slug);
            ETags.requireMatchIfPresent(ifMatch, tenant.getVersion());
            tenant.apply(action, reason, properties.deletionGracePeriod(), Occurrence.byCaller(clock));
            return tenants.save(tenant);
        });
    }

    /** Asks for the upstreams to be brought in line (in the background); 503 when provisioning is off. */
    Tenant requestReconcile(String slug) {
        return transactions.write(() -> {
            Tenant tenant = require(slug);
            if (!upstreams.enabled()) {
                throw ApiProblem.unavailable("Provisioning is switched off in this deployment (dezky.provisioning.enabled).");
            }
            events.publishEvent(TenantChanged.of(Occurrence.byCaller(clock), TenantChange.RECONCILE_REQUESTED,
                    tenant.standing(), tenant, null, List.of()));
            return tenant;
        });
    }

    private static ApiProblem slugTaken(String slug) {
        return ApiProblem.conflict("A tenant with slug " + slug + " already exists.", "slug");
    }

    private static ApiProblem domainTaken() {
        return ApiProblem.conflict("A domain of this tenant belongs to another tenant.", "domains");
    }

    private Tenant require(String slug) {
        return tenants.findBySlug(slug).orElseThrow(() -> ApiProblem.notFound("Tenant " + slug));
    }

    /**
     * The request's fields checked against the registry: the plan exists, the partner too, and a
     * partner newly chosen is not terminated (a tenant it already has may stay and be edited).
     */
    private Tenant.Draft draft(CreateTenantRequest request, String currentPartnerId) {
        plans.require("plan", request.plan());
        String partnerId = request.partner() == null ? null : partners.idOf(request.partner())
                .orElseThrow(() -> ApiProblem.invalid("partner", "no partner has this slug"));
        if (partnerId != null && !partnerId.equals(currentPartnerId)
                && partners.refsOf(List.of(partnerId)).get(partnerId).status() == PartnerStatus.TERMINATED) {
            throw ApiProblem.conflict("Partner " + request.partner() + " is terminated and takes no new customers.",
                    "partner");
        }
        return new Tenant.Draft(request.name(), request.plan(), request.seatCap(), request.domains(), partnerId,
                request.contactInfo(), request.billingInfo());
    }

    /** The tenant in the shape a patch applies to: the create request that would make it. */
    private CreateTenantRequest asRequest(Tenant tenant) {
        String partner = Optional.ofNullable(tenant.getPartnerId())
                .map(id -> partners.refsOf(List.of(id)).get(id)).map(TenantView.PartnerRef::slug).orElse(null);
        return new CreateTenantRequest(tenant.getSlug(), tenant.getName(), tenant.getPlan(), tenant.getSeatCap(),
                tenant.getDomains().isEmpty() ? null : tenant.getDomains(), partner, tenant.getContactInfo(),
                tenant.getBillingInfo());
    }

    private void requireSeatsFor(Tenant tenant, int seatCap) {
        long active = seats.activeMembers(tenant.getSlug());
        if (seatCap < active) {
            throw ApiProblem.conflict(ProblemTypes.SEAT_CAP_TOO_LOW, tenant.getName() + " has " + active
                    + " active members; the seat cap cannot be lower than that.",
                    Map.of("activeMembers", active, "seatCap", seatCap));
        }
    }

    private void requireDomainsFree(Tenant tenant) {
        List<String> domains = tenant.getDomains();
        if (domains.isEmpty()) {
            return;
        }
        tenants.findFirstByDomainsInAndIdNot(domains, tenant.getId()).ifPresent(other -> {
            String clash = domains.stream().filter(other.getDomains()::contains).findFirst().orElse(domains.getFirst());
            throw ApiProblem.conflict("The domain " + clash + " belongs to another tenant.", "domains");
        });
        for (String domain : domains) {
            upstreams.holderOfDomain(domain).filter(holder -> !holder.equals(tenant.getSlug())).ifPresent(holder -> {
                throw ApiProblem.conflict("The domain " + domain + " is still set up in the mail server for tenant "
                        + holder + ", which gave it up; it is free once that removal has completed (POST /tenants/"
                        + holder + "/reconcile).", "domains");
            });
        }
    }
}
