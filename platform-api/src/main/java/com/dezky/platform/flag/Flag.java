package com.dezky.platform.flag;

import com.dezky.model.flag.FlagRule;
import com.dezky.model.flag.FlagScope;
import com.dezky.model.flag.FlagState;
import com.dezky.model.flag.FlagView;
import com.dezky.model.json.CanonicalJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A feature flag: its rule (state, pct, scope) and its last 20 changes. */
@Document("flags")
class Flag {

    static final int HISTORY = 20;

    @Id
    private String id;
    @Indexed(unique = true)
    private String key;
    private String description;
    private FlagState state;
    private int pct;
    private FlagScope scope;
    private List<FlagView.Change> history = new ArrayList<>();
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private Long version;

    protected Flag() {
    }

    Flag(String key, String description, FlagRule rule, Instant now) {
        this.key = key;
        this.description = description;
        this.state = rule.state();
        this.pct = rule.pct();
        this.scope = rule.scope();
        this.createdAt = now;
        this.updatedAt = now;
    }

    FlagRule rule() {
        return new FlagRule(key, state, pct, scope);
    }

    /** Applies a new rule and records the change in the history (keeping the newest 20). */
    void change(FlagRule rule, String description, String actor, String reason, Instant now) {
        String before = summary(rule());
        this.state = rule.state();
        this.pct = rule.pct();
        this.scope = rule.scope();
        this.description = description;
        this.updatedAt = now;
        record(actor, before, summary(rule()), reason, now);
    }

    void record(String actor, String before, String after, String reason, Instant now) {
        history.addFirst(new FlagView.Change(actor, now, before, after, reason));
        while (history.size() > HISTORY) {
            history.removeLast();
        }
    }

    /** "rollout 25% scope={...}" — what a history entry and the audit trail show of a rule. */
    static String summary(FlagRule rule) {
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("plans", rule.scope().plans().stream().sorted().toList());
        scope.put("tenantSlugs", rule.scope().tenantSlugs().stream().sorted().toList());
        scope.put("partnerSlugs", rule.scope().partnerSlugs().stream().sorted().toList());
        scope.put("environments", rule.scope().environments().stream().sorted().toList());
        return rule.state().wire() + " " + rule.pct() + "% scope=" + CanonicalJson.write(scope);
    }

    FlagView toView() {
        return new FlagView(key, description, state.wire(), pct, scope, List.copyOf(history), createdAt, updatedAt,
                version == null ? 0 : version);
    }

    String getId() {
        return id;
    }

    String getKey() {
        return key;
    }

    String getDescription() {
        return description;
    }

    Long getVersion() {
        return version;
    }
}
