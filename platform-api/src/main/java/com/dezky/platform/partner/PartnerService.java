package com.dezky.platform.partner;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.dezky.model.Money;
import com.dezky.model.PageView;
import com.dezky.model.Patterns;
import com.dezky.model.partner.CreatePartnerRequest;
import com.dezky.model.partner.PartnerBilling;
import com.dezky.model.partner.PartnerContact;
import com.dezky.model.partner.PartnerView;
import com.dezky.model.tenant.TenantView;
import com.dezky.platform.audit.AuditChanges;
import com.dezky.platform.audit.AuditEntry;
import com.dezky.platform.audit.AuditTrail;
import com.dezky.platform.plan.PlanCatalogue;
import com.dezky.platform.tenant.PartnerDirectory;
import com.dezky.platform.tenant.TenantRevenue;
import com.dezky.platform.web.ApiProblem;
import com.dezky.platform.web.ETags;
import com.dezky.platform.web.MergePatch;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

@Service
class PartnerService implements PartnerDirectory {

    private static final Set<String> PATCHABLE = Set.of("name", "domain", "status", "marginPct",
            "partnershipStartedAt", "contactInfo", "billingInfo");
    private static final Map<String, String> FIXED = Map.of("slug", "cannot be changed");
    private static final Pattern HOSTNAME = Pattern.compile(Patterns.HOSTNAME);

    private final MongoTemplate mongo;
    private final TenantRevenue revenue;
    private final PlanCatalogue plans;
    private final AuditTrail audit;
    private final MergePatch mergePatch;
    private final Clock clock;

    PartnerService(MongoTemplate mongo, TenantRevenue revenue, PlanCatalogue plans, AuditTrail audit,
            MergePatch mergePatch, Clock clock) {
        this.mongo = mongo;
        this.revenue = revenue;
        this.plans = plans;
        this.audit = audit;
        this.mergePatch = mergePatch;
        this.clock = clock;
    }

    Partner create(CreatePartnerRequest request) {
        PartnerStatus status = request.status() == null ? PartnerStatus.IN_NEGOTIATION
                : PartnerStatus.fromWire("status", request.status());
        Partner partner = new Partner(request.slug(), request.name(), request.domain(), status, request.marginPct(),
                request.partnershipStartedAt(), request.contactInfo(), request.billingInfo(), clock.instant());
        try {
            partner = mongo.insert(partner);
        } catch (DuplicateKeyException e) {
            throw ApiProblem.conflict("A partner with slug " + request.slug() + " already exists.", "slug");
        }
        audit.record(AuditEntry.of("partner.created", target(partner)).changes(AuditChanges.created(partner.auditSnapshot())));
        return partner;
    }

    Partner get(String slug) {
        Partner partner = mongo.findOne(query(where("slug").is(slug)), Partner.class);
        if (partner == null) {
            throw ApiProblem.notFound("Partner " + slug);
        }
        return partner;
    }

    Partner patch(String slug, String ifMatch, JsonNode patch) {
        Partner partner = get(slug);
        ETags.requireMatch(ifMatch, partner.getVersion());
        if (partner.getStatus() == PartnerStatus.TERMINATED) {
            throw ApiProblem.illegalTransition("A terminated partner is kept for history and cannot be changed.", List.of());
        }
        Map<String, Object> before = partner.auditSnapshot();
        MergePatch.Reader reader = mergePatch.reader();
        reader.fields(patch, PATCHABLE, FIXED, (field, value) -> applyField(partner, field, value, reader)).requireValid();
        List<AuditEntry.Change> changes = AuditChanges.between(before, partner.auditSnapshot());
        if (changes.isEmpty()) {
            return partner;
        }
        partner.touch(clock.instant());
        Partner saved = mongo.save(partner);
        audit.record(AuditEntry.of("partner.updated", target(saved)).changes(changes));
        return saved;
    }

    private static void applyField(Partner partner, String field, JsonNode value, MergePatch.Reader reader) {
        switch (field) {
            case "name" -> reader.text(field, value, 100, partner::rename);
            case "domain" -> {
                if (value.isString() && HOSTNAME.matcher(value.asString()).matches()) {
                    partner.setDomain(value.asString());
                } else {
                    reader.reject(field, "must be a host name such as example.com");
                }
            }
            case "status" -> {
                if (value.isString() && Set.of("in-negotiation", "active", "paused").contains(value.asString())) {
                    partner.setStatus(PartnerStatus.fromWire(field, value.asString()));
                } else {
                    reader.reject(field, "must be in-negotiation, active or paused (terminate with DELETE)");
                }
            }
            case "marginPct" -> {
                BigDecimal margin = value.isNumber() ? value.decimalValue() : null;
                if (margin == null || margin.signum() < 0 || margin.compareTo(BigDecimal.valueOf(100)) > 0
                        || margin.stripTrailingZeros().scale() > 2) {
                    reader.reject(field, "must be a number from 0 to 100 with at most two decimals");
                } else {
                    partner.setMarginPct(margin);
                }
            }
            case "partnershipStartedAt" -> {
                if (value.isNull()) {
                    partner.setPartnershipStartedAt(null);
                } else {
                    try {
                        partner.setPartnershipStartedAt(LocalDate.parse(value.asString()));
                    } catch (DateTimeParseException e) {
                        reader.reject(field, "must be a date such as 2026-01-31");
                    }
                }
            }
            case "contactInfo" -> reader.record(field, value, PartnerContact.class, partner::setContactInfo);
            case "billingInfo" -> reader.record(field, value, PartnerBilling.class, partner::setBillingInfo);
            default -> throw new IllegalStateException(field);
        }
    }

    /** Termination is soft: the partner stays for history, its tenants stay attached and need follow-up. */
    Partner terminate(String slug, String ifMatch) {
        Partner partner = get(slug);
        if (ifMatch != null) {
            ETags.requireMatch(ifMatch, partner.getVersion());
        }
        if (partner.getStatus() == PartnerStatus.TERMINATED) {
            throw ApiProblem.illegalTransition("The partner is already terminated.", List.of());
        }
        Map<String, Object> before = partner.auditSnapshot();
        partner.terminate(clock.instant());
        Partner saved = mongo.save(partner);
        audit.record(AuditEntry.of("partner.terminated", target(saved))
                .changes(AuditChanges.between(before, saved.auditSnapshot())));
        return saved;
    }

    PageView<PartnerView> list(String search, PartnerStatus status, int page, int size) {
        Criteria criteria = new Criteria();
        if (search != null && !search.isBlank()) {
            String prefix = "^" + Pattern.quote(search.strip().toLowerCase(Locale.ROOT));
            criteria.orOperator(where("slug").regex(prefix), where("nameKey").regex(prefix));
        }
        if (status != null) {
            criteria.and("status").is(status);
        }
        Query filtered = new Query(criteria);
        long total = mongo.count(filtered, Partner.class);
        List<Partner> partners = mongo.find(Query.of(filtered).with(Sort.by("nameKey", "slug"))
                .skip((long) page * size).limit(size), Partner.class);
        return new PageView<>(views(partners), page, size, total);
    }

    /** Views with customers, MRR and payout computed for all of them in one aggregation. */
    List<PartnerView> views(List<Partner> partners) {
        Map<String, TenantRevenue.Slice> byPartner = revenue.byPartner(partners.stream().map(Partner::getId).toList());
        Money zero = Money.zero(plans.currency());
        return partners.stream().map(partner -> {
            TenantRevenue.Slice slice = byPartner.get(partner.getId());
            Money mrr = slice == null ? zero : slice.mrr();
            return new PartnerView(partner.getId(), partner.getSlug(), partner.getName(), partner.getDomain(),
                    partner.getStatus().wire(), partner.marginPct(), partner.getPartnershipStartedAt(),
                    partner.getContactInfo(), partner.getBillingInfo(), slice == null ? 0 : slice.tenants(), mrr,
                    mrr.timesBasisPoints(partner.getMarginBasisPoints()), partner.getTerminatedAt(),
                    partner.getCreatedAt(), partner.getUpdatedAt(), partner.getVersion() == null ? 0 : partner.getVersion());
        }).toList();
    }

    @Override
    public Optional<String> idOf(String slug) {
        Query bySlug = query(where("slug").is(slug));
        bySlug.fields().include("_id");
        return Optional.ofNullable(mongo.findOne(bySlug, Partner.class)).map(Partner::getId);
    }

    @Override
    public Map<String, TenantView.PartnerRef> refsOf(Collection<String> partnerIds) {
        if (partnerIds.isEmpty()) {
            return Map.of();
        }
        return mongo.find(query(where("_id").in(partnerIds)), Partner.class).stream()
                .collect(Collectors.toMap(Partner::getId,
                        p -> new TenantView.PartnerRef(p.getSlug(), p.getName(), p.getStatus().wire())));
    }

    /** Every partner by id, for the billing summary. */
    Map<String, Partner> byId(Collection<String> partnerIds) {
        return mongo.find(query(where("_id").in(partnerIds)), Partner.class).stream()
                .collect(Collectors.toMap(Partner::getId, Function.identity()));
    }

    private static AuditEntry.Target target(Partner partner) {
        return new AuditEntry.Target("partner", partner.getId(), partner.getSlug());
    }
}
