package com.dezky.model.incident;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An incident as operators see it: its alerts, whom it concerns, who has it, and its timeline
 * (internal notes and customer updates alike).
 *
 * @param number       short, increasing, what people say ("incident 12")
 * @param heldOpen     an operator reopened it: Alertmanager resolving its alerts no longer resolves it
 * @param escalation   0 while with the person on call, 1 with the next one, 2 with every operator
 * @param escalatesAt  when it escalates unless acknowledged; null when it will not
 * @param version      the ETag's value, for If-Match
 */
public record IncidentView(String id, long number, String title, IncidentStatus status, IncidentSeverity severity,
        List<IncidentImpact> impacts, @Nullable String assignee, int escalation, @Nullable Instant escalatesAt, boolean heldOpen,
        Instant openedAt, @Nullable Instant acknowledgedAt, @Nullable Instant resolvedAt, List<IncidentAlert> alerts, List<TimelineEntry> timeline,
        long version) {

    /** One alert of the incident, as Alertmanager sent it last. */
    public record IncidentAlert(String fingerprint, String name, boolean firing, Instant startsAt, @Nullable Instant endsAt,
            Map<String, String> labels, Map<String, String> annotations, @Nullable String generatorUrl) {
    }

    /** One step of the incident; {@code customerFacing} entries are what the affected tenants see. */
    public record TimelineEntry(Instant at, TimelineKind kind, String actor, String text, boolean customerFacing) {
    }
}
