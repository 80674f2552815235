package com.dezky.platform.flag;

import com.dezky.model.flag.CreateFlagRequest;
import com.dezky.model.flag.FlagAudience;
import com.dezky.model.flag.FlagRule;
import com.dezky.model.flag.FlagScope;
import com.dezky.model.flag.FlagState;
import com.dezky.model.flag.FlagView;
import com.dezky.model.flag.ImpactView;
import com.dezky.model.json.CanonicalJson;
import com.dezky.platform.audit.Occurrence;
import com.dezky.platform.web.ApiProblem;
import com.dezky.platform.web.Changes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.types.ObjectId;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A feature flag: its rule (state, pct, scope) and its last 20 changes. Each change registers a {@link FlagChanged}. */
@Document("flags")
class Flag extends AbstractAggregateRoot<Flag> {

    static final int HISTORY = 20;

    /** What the audit trail compares of a flag before and after a change. */
    record State(String description, FlagState state, int pct, FlagScope scope, FlagAudience audience,
            String customerName, String customerDescription) {
    }

    @Id
    private String id;
    @Indexed(unique = true)
    private String key;
    private String description;
    private FlagState state;
    private int pct;
    private FlagScope scope;
    /** Null for flags stored before audiences existed: internal. */
    private FlagAudience audience;
    private String customerName;
    private String customerDescription;
    private List<FlagView.RuleChange> history = new ArrayList<>();
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private Long version;

    protected Flag() {
    }

    Flag(CreateFlagRequest request, ImpactView impact, Occurrence occurrence) {
        this.id = new ObjectId().toHexString();
        this.key = request.key();
        this.createdAt = occurrence.at();
        FlagRule rule = ruleOf(request);
        set(request, rule, occurrence);
        record(occurrence, null, summary(rule), request.reason());
        registerEvent(new FlagChanged(occurrence, FlagChange.CREATED, id, key, request.reason(),
                Changes.created(state()), FlagChanged.details(impact)));
    }

    /** The rule a create request (or an edited one) describes; state defaults to off, pct to 0. */
    static FlagRule ruleOf(CreateFlagRequest request) {
        return new FlagRule(request.key(), request.state() == null ? FlagState.OFF : request.state(),
                request.pct() == null ? 0 : request.pct(), request.scope());
    }

    /** Applies an edit; answers whether the rule or description changed. */
    boolean update(CreateFlagRequest edited, ImpactView impact, Occurrence occurrence) {
        FlagRule before = rule();
        State was = state();
        set(edited, ruleOf(edited), occurrence);
        List<Changes.FieldChange> changes = Changes.between(was, state());
        if (changes.isEmpty()) {
            return false;
        }
        record(occurrence, summary(before), summary(rule()), edited.reason());
        registerEvent(new FlagChanged(occurrence, FlagChange.UPDATED, id, key, edited.reason(), changes,
                FlagChanged.details(impact)));
        return true;
    }

    /** The event of this flag's deletion, published when it is removed. */
    FlagChanged deleted(ImpactView impact, Occurrence occurrence) {
        return new FlagChanged(occurrence, FlagChange.DELETED, id, key, null, Changes.between(state(), null),
                FlagChanged.details(impact));
    }

    private void set(CreateFlagRequest request, FlagRule rule, Occurrence occurrence) {
        this.description = request.description();
        this.audience = audienceOf(request);
        this.customerName = blankToNull(request.customerName());
        this.customerDescription = blankToNull(request.customerDescription());
        this.state = rule.state();
        this.pct = rule.pct();
        this.scope = rule.scope();
        this.updatedAt = occurrence.at();
    }

    private void record(Occurrence occurrence, String before, String after, String reason) {
        history.addFirst(new FlagView.RuleChange(occurrence.actor().email(), occurrence.at(), before, after,
                reason == null ? null : reason.strip()));
        while (history.size() > HISTORY) {
            history.removeLast();
        }
    }

    FlagRule rule() {
        return new FlagRule(key, state, pct, scope);
    }

    /** The audience a request asks for; a flag shown to customers must have a name for them. */
    static FlagAudience audienceOf(CreateFlagRequest request) {
        FlagAudience audience = request.audience() == null ? FlagAudience.INTERNAL : request.audience();
        if (audience == FlagAudience.CUSTOMER && blankToNull(request.customerName()) == null) {
            throw ApiProblem.invalid("customerName", "is required for a flag shown to customers");
        }
        return audience;
    }

    boolean shownToCustomers() {
        return audience == FlagAudience.CUSTOMER;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private State state() {
        return new State(description, state, pct, scope, audience(), customerName, customerDescription);
    }

    /** The flag in the shape of a create request, which a patch applies to. */
    CreateFlagRequest asRequest() {
        return new CreateFlagRequest(key, description, state, pct, scope, null, audience(), customerName,
                customerDescription);
    }

    /** "rollout 25% scope={...}": what a history entry shows of a rule. */
    static String summary(FlagRule rule) {
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("plans", rule.scope().plans().stream().sorted().toList());
        scope.put("tenantSlugs", rule.scope().tenantSlugs().stream().sorted().toList());
        scope.put("partnerSlugs", rule.scope().partnerSlugs().stream().sorted().toList());
        scope.put("environments", rule.scope().environments().stream().sorted().toList());
        return rule.state().wire() + " " + rule.pct() + "% scope=" + CanonicalJson.write(scope);
    }

    FlagView toView() {
        return new FlagView(key, description, state, pct, scope, List.copyOf(history), createdAt, updatedAt,
                version == null ? 0 : version, audience(), customerName, customerDescription);
    }

    private FlagAudience audience() {
        return audience == null ? FlagAudience.INTERNAL : audience;
    }

    String getId() {
        return id;
    }

    String getKey() {
        return key;
    }

    Long getVersion() {
        return version;
    }
}
