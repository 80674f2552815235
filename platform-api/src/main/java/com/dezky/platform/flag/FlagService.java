package com.dezky.platform.flag;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.dezky.model.flag.CreateFlagRequest;
import com.dezky.model.flag.FlagEvaluator;
import com.dezky.model.flag.FlagRule;
import com.dezky.model.flag.FlagScope;
import com.dezky.model.flag.FlagState;
import com.dezky.model.flag.FlagSubject;
import com.dezky.model.flag.ImpactView;
import com.dezky.platform.audit.AuditEntry;
import com.dezky.platform.audit.AuditTrail;
import com.dezky.platform.security.CallerAuthentication;
import com.dezky.platform.tenant.TenantSubjects;
import com.dezky.platform.web.ApiProblem;
import com.dezky.platform.web.ETags;
import com.dezky.platform.web.MergePatch;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

@Service
class FlagService {

    private static final Set<String> PATCHABLE = Set.of("description", "state", "pct", "scope", "reason");
    private static final Map<String, String> FIXED = Map.of("key", "cannot be changed");

    private final MongoTemplate mongo;
    private final TenantSubjects tenants;
    private final AuditTrail audit;
    private final MergePatch mergePatch;
    private final MeterRegistry meters;
    private final Clock clock;

    FlagService(MongoTemplate mongo, TenantSubjects tenants, AuditTrail audit, MergePatch mergePatch,
            MeterRegistry meters, Clock clock) {
        this.mongo = mongo;
        this.tenants = tenants;
        this.audit = audit;
        this.mergePatch = mergePatch;
        this.meters = meters;
        this.clock = clock;
    }

    List<Flag> all() {
        return mongo.find(new Query().with(Sort.by("key")), Flag.class);
    }

    Flag get(String key) {
        Flag flag = mongo.findOne(query(where("key").is(key)), Flag.class);
        if (flag == null) {
            throw ApiProblem.notFound("Flag " + key);
        }
        return flag;
    }

    Flag create(CreateFlagRequest request) {
        FlagRule rule = new FlagRule(request.key(), state("state", request.state() == null ? "off" : request.state()),
                request.pct() == null ? 0 : request.pct(), request.scope());
        Flag flag = new Flag(request.key(), request.description(), rule, clock.instant());
        flag.record(actor(), null, Flag.summary(rule), request.reason(), clock.instant());
        try {
            flag = mongo.insert(flag);
        } catch (DuplicateKeyException e) {
            throw ApiProblem.conflict("A flag with key " + request.key() + " already exists.", "key");
        }
        audit.record(AuditEntry.of("flag.created", target(flag)).reason(request.reason())
                .changes(List.of(new AuditEntry.Change("rule", null, Flag.summary(rule))))
                .details(impactDetails(impact(FlagRule.off(rule.key()), rule))));
        return flag;
    }

    /**
     * A merge patch of description, state, pct and scope, with an optional reason. The exact
     * impact of the change (who turns on, who turns off) goes into the audit event.
     */
    Flag patch(String key, String ifMatch, JsonNode patch) {
        Flag flag = get(key);
        ETags.requireMatch(ifMatch, flag.getVersion());
        FlagRule current = flag.rule();
        String[] description = {flag.getDescription()};
        String[] reason = {null};
        FlagRule[] next = {current};
        MergePatch.Reader reader = mergePatch.reader();
        reader.fields(patch, PATCHABLE, FIXED, (field, value) -> {
            switch (field) {
                case "description" -> {
                    if (value.isNull() || (value.isString() && value.asString().length() <= 500)) {
                        description[0] = value.isNull() ? null : value.asString();
                    } else {
                        reader.reject(field, "must be at most 500 characters");
                    }
                }
                case "reason" -> {
                    if (value.isString() && value.asString().length() <= 500) {
                        reason[0] = value.asString().strip();
                    } else {
                        reader.reject(field, "must be at most 500 characters");
                    }
                }
                case "state" -> {
                    if (value.isString() && FlagState.fromWire(value.asString()).isPresent()) {
                        next[0] = new FlagRule(key, FlagState.fromWire(value.asString()).get(), next[0].pct(), next[0].scope());
                    } else {
                        reader.reject(field, "must be off, on, targeted or rollout");
                    }
                }
                case "pct" -> reader.integer(field, value, 0, 100,
                        pct -> next[0] = new FlagRule(key, next[0].state(), pct, next[0].scope()));
                case "scope" -> reader.record(field, value, FlagScope.class,
                        scope -> next[0] = new FlagRule(key, next[0].state(), next[0].pct(), scope));
                default -> throw new IllegalStateException(field);
            }
        }).requireValid();
        FlagRule proposed = next[0];
        if (proposed.equals(current) && Objects.equals(description[0], flag.getDescription())) {
            return flag;
        }
        ImpactView impact = impact(current, proposed);
        flag.change(proposed, description[0], actor(), reason[0], clock.instant());
        Flag saved = mongo.save(flag);
        audit.record(AuditEntry.of("flag.updated", target(saved)).reason(reason[0])
                .changes(List.of(new AuditEntry.Change("rule", Flag.summary(current), Flag.summary(proposed))))
                .details(impactDetails(impact)));
        return saved;
    }

    void delete(String key, String ifMatch) {
        Flag flag = get(key);
        if (ifMatch != null) {
            ETags.requireMatch(ifMatch, flag.getVersion());
        }
        FlagRule rule = flag.rule();
        ImpactView impact = impact(rule, FlagRule.off(key));
        if (mongo.remove(query(where("_id").is(flag.getId()).and("version").is(flag.getVersion())), Flag.class)
                .getDeletedCount() == 0) {
            throw ApiProblem.stale(ETags.of(get(key).getVersion()));
        }
        audit.record(AuditEntry.of("flag.deleted", target(flag))
                .changes(List.of(new AuditEntry.Change("rule", Flag.summary(rule), null)))
                .details(impactDetails(impact)));
    }

    /** Which tenants would turn on and off if the flag's rule became {@code proposed}. */
    ImpactView impact(String key, FlagRule proposed, int page, int size) {
        return impact(get(key).rule(), proposed, page, size);
    }

    private ImpactView impact(FlagRule current, FlagRule proposed) {
        return impact(current, proposed, 0, 0);
    }

    private ImpactView impact(FlagRule current, FlagRule proposed, int page, int size) {
        long total = 0;
        long onNow = 0;
        long onProposed = 0;
        List<String> turnOn = new ArrayList<>();
        List<String> turnOff = new ArrayList<>();
        for (FlagSubject tenant : tenants.living()) {
            boolean before = FlagEvaluator.isOn(current, tenant);
            boolean after = FlagEvaluator.isOn(proposed, tenant);
            total++;
            onNow += before ? 1 : 0;
            onProposed += after ? 1 : 0;
            if (!before && after) {
                turnOn.add(tenant.tenantSlug());
            } else if (before && !after) {
                turnOff.add(tenant.tenantSlug());
            }
        }
        return new ImpactView(total, onNow, onProposed, side(turnOn, page, size), side(turnOff, page, size), page, size);
    }

    private static ImpactView.Side side(List<String> slugs, int page, int size) {
        slugs.sort(null);
        int from = Math.min(slugs.size(), page * size);
        return new ImpactView.Side(slugs.size(), List.copyOf(slugs.subList(from, Math.min(slugs.size(), from + size))));
    }

    /** Every flag's value for one tenant. */
    Map<String, FlagEvaluator.Result> evaluateAll(FlagSubject tenant) {
        Map<String, FlagEvaluator.Result> results = new LinkedHashMap<>();
        for (Flag flag : all()) {
            results.put(flag.getKey(), evaluate(flag.rule(), tenant));
        }
        return results;
    }

    FlagEvaluator.Result evaluate(FlagRule rule, FlagSubject tenant) {
        FlagEvaluator.Result result = FlagEvaluator.evaluate(rule, tenant);
        Counter.builder("dezky.flag.evaluations").description("Flag evaluations, by flag and reason")
                .tags("flag", rule.key(), "reason", result.reason().name()).register(meters).increment();
        return result;
    }

    private static Map<String, Object> impactDetails(ImpactView impact) {
        return Map.of("tenants", impact.tenants(), "onBefore", impact.onNow(), "onAfter", impact.onProposed(),
                "turnedOn", impact.turnOn().count(), "turnedOff", impact.turnOff().count());
    }

    static FlagState state(String field, String value) {
        return FlagState.fromWire(value).orElseThrow(() -> ApiProblem.invalid(field, "must be off, on, targeted or rollout"));
    }

    private static String actor() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof CallerAuthentication authentication
                ? authentication.caller().email() : "system";
    }

    private static AuditEntry.Target target(Flag flag) {
        return new AuditEntry.Target("flag", flag.getId(), flag.getKey());
    }
}
