package com.dezky.platform.flag;

import com.dezky.model.flag.CreateFlagRequest;
import com.dezky.model.flag.FlagEvaluator;
import com.dezky.model.flag.FlagRule;
import com.dezky.model.flag.FlagSubject;
import com.dezky.platform.audit.Occurrence;
import com.dezky.platform.store.Transactions;
import com.dezky.platform.web.ApiProblem;
import com.dezky.platform.web.ETags;
import com.dezky.platform.web.MergePatch;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/** Changes to flags, each with its exact impact, and their evaluation. */
@Service
class FlagService {

    private static final Map<String, String> FIXED = Map.of("key", "cannot be changed");

    private final Flags flags;
    private final FlagImpact impact;
    private final MergePatch mergePatch;
    private final ApplicationEventPublisher events;
    private final MeterRegistry meters;
    private final Clock clock;
    private final Transactions transactions;

    FlagService(Flags flags, FlagImpact impact, MergePatch mergePatch, ApplicationEventPublisher events,
            MeterRegistry meters, Clock clock, Transactions transactions) {
        this.transactions = transactions;
        this.flags = flags;
        this.impact = impact;
        this.mergePatch = mergePatch;
        this.events = events;
        this.meters = meters;
        this.clock = clock;
    }

    List<Flag> all() {
        return flags.findAllByOrderByKeyAsc();
    }

    Flag get(String key) {
        return flags.findByKey(key).orElseThrow(() -> ApiProblem.notFound("Flag " + key));
    }

    Flag create(CreateFlagRequest request) {
        return transactions.write(() -> {
            FlagRule rule = Flag.ruleOf(request);
            Flag flag = new Flag(request, impact.of(FlagRule.off(rule.key()), rule), Occurrence.byCaller(clock));
            try {
                Flag saved = flags.save(flag);
                flags.bumpFlagSetVersion();
                return saved;
            } catch (DuplicateKeyException e) {
                throw ApiProblem.conflict("A flag with key " + request.key() + " already exists.", "key");
            }
        });
    }

    /**
     * A JSON merge patch of description, state, pct and scope, with an optional reason. The exact
     * impact of the change (who turns on, who turns off) goes into the audit event.
     */
    Flag patch(String key, String ifMatch, JsonNode patch) {
        return transactions.write(() -> {
            Flag flag = get(key);
            ETags.requireMatch(ifMatch, flag.getVersion());
            CreateFlagRequest edited = mergePatch.apply(flag.asRequest(), patch, FIXED);
            if (!flag.update(edited, impact.of(flag.rule(), Flag.ruleOf(edited)), Occurrence.byCaller(clock))) {
                return flag;
            }
            Flag saved = flags.save(flag);
            flags.bumpFlagSetVersion();
            return saved;
        });
    }

    void delete(String key, String ifMatch) {
        transactions.write(() -> {
            Flag flag = get(key);
            ETags.requireMatchIfPresent(ifMatch, flag.getVersion());
            FlagChanged deleted = flag.deleted(impact.of(flag.rule(), FlagRule.off(key)), Occurrence.byCaller(clock));
            if (flags.deleteByIdAndVersion(flag.getId(), flag.getVersion()) == 0) {
                throw ApiProblem.stale(ETags.of(get(key).getVersion()));
            }
            flags.bumpFlagSetVersion();
            events.publishEvent(deleted);
        });
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
}
