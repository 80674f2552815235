package com.dezky.platform.audit;

import com.dezky.platform.web.Changes;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What an event reports about one privileged change. The audit trail adds the actor and time
 * (from the event's occurrence), the sequence number and the hash chain.
 *
 * @param action  e.g. {@code tenant.suspended}
 * @param tenant  slug of the tenant the change concerns, for the tenant's audit tab
 * @param reason  why, where the action requires a reason
 * @param changes fields that changed, with before/after summaries
 * @param details further facts worth keeping (e.g. a flag change's computed impact)
 */
public record AuditEntry(String action, @Nullable Target target, @Nullable String tenant, @Nullable String reason, @Nullable List<Changes.FieldChange> changes,
        @Nullable Map<String, Object> details) {

    public record Target(String type, @Nullable String id, @Nullable String slug) {
    }

    public AuditEntry {
        changes = changes == null ? List.of() : List.copyOf(changes);
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    public static AuditEntry of(String action, Target target) {
        return new AuditEntry(action, target, null, null, List.of(), Map.of());
    }

    public AuditEntry tenant(String slug) {
        return new AuditEntry(action, target, slug, reason, changes, details);
    }

    public AuditEntry reason(String why) {
        return new AuditEntry(action, target, tenant, why, changes, details);
    }

    public AuditEntry changes(List<Changes.FieldChange> changed) {
        return new AuditEntry(action, target, tenant, reason, changed, details);
    }

    public AuditEntry details(Map<String, Object> facts) {
        return new AuditEntry(action, target, tenant, reason, changes, facts);
    }
}
