package com.dezky.platform.incident;

import com.dezky.model.incident.CustomerIncidentView;
import com.dezky.model.incident.IncidentImpact;
import com.dezky.model.incident.IncidentSeverity;
import com.dezky.model.incident.IncidentStatus;
import com.dezky.model.incident.IncidentView;
import com.dezky.model.incident.ImpactScope;
import com.dezky.model.incident.TimelineKind;
import com.dezky.platform.audit.Occurrence;
import com.dezky.platform.web.ApiProblem;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bson.types.ObjectId;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One incident: the alerts of one Alertmanager group while it is open, whom they concern, who has
 * it, and everything that happened, in order. Each step registers an {@link IncidentChanged}.
 */
@Document("incidents")
@CompoundIndex(name = "group_alerts", def = "{'groupKey': 1, 'alertKeys': 1}")
@CompoundIndex(name = "status_number", def = "{'status': 1, 'number': -1}")
class Incident extends AbstractAggregateRoot<Incident> {

    /** Who an escalation to level 2 reaches. */
    static final String EVERY_OPERATOR = "every operator";

    /** The alert as last delivered. */
    record AlertState(String fingerprint, String name, boolean firing, Instant startsAt, Instant endsAt,
            Map<String, String> labels, Map<String, String> annotations, String generatorUrl) {

        static AlertState of(AlertmanagerNotification.Alert alert) {
            return new AlertState(alert.fingerprint(), alert.name(), alert.firing(), alert.startsAt(),
                    alert.firing() ? null : alert.endsAt(), Map.copyOf(alert.labels()),
                    alert.annotations() == null ? Map.of() : Map.copyOf(alert.annotations()), alert.generatorUrl());
        }

        IncidentView.IncidentAlert toView() {
            return new IncidentView.IncidentAlert(fingerprint, name, firing, startsAt, endsAt, labels, annotations, generatorUrl);
        }
    }

    record Entry(Instant at, TimelineKind kind, String actor, String text, boolean customerFacing) {
    }

    @Id
    private String id;
    @Indexed(unique = true)
    private long number;
    private String groupKey;
    /** The group key while the incident is open: one open incident per group, whoever delivers at once. */
    @Indexed(unique = true, sparse = true)
    private String openGroupKey;
    private String title;
    private IncidentStatus status;
    private IncidentSeverity severity;
    private List<IncidentImpact> impacts = new ArrayList<>();
    private List<AlertState> alerts = new ArrayList<>();
    /** Every (fingerprint, start) this incident has received: deliveries are idempotent by them. */
    private Set<String> alertKeys = new LinkedHashSet<>();
    private String assignee;
    private int escalation;
    @Indexed(sparse = true)
    private Instant escalatesAt;
    private boolean heldOpen;
    private Instant openedAt;
    private Instant acknowledgedAt;
    private Instant resolvedAt;
    private List<Entry> timeline = new ArrayList<>();
    @Version
    private Long version;

    protected Incident() {
    }

    /** Opens an incident for the first firing alert of a group, with the person on call (if any) on it. */
    static Incident open(long number, String groupKey, AlertmanagerNotification.Alert first, String onCall,
            Instant escalatesAt, Occurrence occurrence) {
        Incident incident = new Incident();
        incident.id = new ObjectId().toHexString();
        incident.number = number;
        incident.groupKey = groupKey;
        incident.openGroupKey = groupKey;
        incident.status = IncidentStatus.TRIGGERED;
        incident.openedAt = occurrence.at();
        incident.title = first.annotations() != null && first.annotations().get("summary") != null
                ? first.annotations().get("summary") : first.name();
        incident.severity = severityOf(first);
        incident.impacts.add(IncidentImpact.fromLabels(first.labels()));
        incident.register(IncidentChange.OPENED, occurrence, null, Map.of("groupKey", groupKey, "severity",
                incident.severity.wire()));
        incident.receive(first, occurrence);
        if (onCall != null) {
            incident.assignee = onCall;
            incident.escalatesAt = escalatesAt;
            incident.log(occurrence, TimelineKind.ASSIGNED, "Assigned to " + onCall + ", on call now", false);
            incident.register(IncidentChange.ASSIGNED, occurrence, null, Map.of("assignee", onCall, "onCall", true));
        } else {
            incident.escalation = 2;
            incident.log(occurrence, TimelineKind.ESCALATED, "No on-call schedule is set: every operator is notified", false);
            incident.register(IncidentChange.ESCALATED, occurrence, null, Map.of("to", EVERY_OPERATOR, "level", 2));
        }
        return incident;
    }

    static IncidentSeverity severityOf(AlertmanagerNotification.Alert alert) {
        return IncidentSeverity.fromWire(alert.labels().get("severity")).orElse(IncidentSeverity.INFO);
    }

    boolean isOpen() {
        return status != IncidentStatus.RESOLVED;
    }

    boolean knows(AlertmanagerNotification.Alert alert) {
        return alertKeys.contains(alert.key());
    }

    /**
     * Takes one delivered alert; answers whether anything changed. The same firing delivered again
     * (Alertmanager repeats, retries, runs as a cluster) changes nothing.
     */
    boolean receive(AlertmanagerNotification.Alert alert, Occurrence occurrence) {
        AlertState delivered = AlertState.of(alert);
        int index = indexOf(alert.fingerprint());
        AlertState known = index < 0 ? null : alerts.get(index);
        if (known != null && known.startsAt().equals(delivered.startsAt()) && known.firing() == delivered.firing()) {
            return false;
        }
        if (known != null && known.startsAt().isAfter(delivered.startsAt())) {
            return false; // An older firing arriving late.
        }
        if (index < 0) {
            alerts.add(delivered);
        } else {
            alerts.set(index, delivered);
        }
        alertKeys.add(alert.key());
        IncidentImpact impact = IncidentImpact.fromLabels(alert.labels());
        if (!impacts.contains(impact)) {
            impacts.add(impact);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("alert", alert.name());
        details.put("fingerprint", alert.fingerprint());
        if (delivered.firing()) {
            IncidentSeverity alertSeverity = severityOf(alert);
            if (alertSeverity.ordinal() < severity.ordinal()) {
                severity = alertSeverity;
            }
            log(occurrence, TimelineKind.ALERT_FIRED, alert.name() + " fired" + summaryOf(delivered), false);
            register(IncidentChange.ALERT_FIRED, occurrence, null, details);
        } else {
            log(occurrence, TimelineKind.ALERT_RESOLVED, alert.name() + " resolved", false);
            register(IncidentChange.ALERT_RESOLVED, occurrence, null, details);
        }
        return true;
    }

    /** When Alertmanager has resolved every alert, so is the incident, unless an operator reopened it. */
    boolean resolveIfAllAlertsResolved(Occurrence occurrence) {
        if (!isOpen() || heldOpen || alerts.stream().anyMatch(AlertState::firing)) {
            return false;
        }
        close(occurrence, "Every alert resolved");
        return true;
    }

    void acknowledge(Occurrence occurrence) {
        requireOpen("acknowledge");
        if (status == IncidentStatus.ACKNOWLEDGED) {
            throw ApiProblem.illegalTransition("Incident #" + number + " is already acknowledged by " + assignee + ".",
                    List.of("assign", "resolve"));
        }
        status = IncidentStatus.ACKNOWLEDGED;
        acknowledgedAt = occurrence.at();
        escalatesAt = null;
        String who = occurrence.actor().email();
        boolean taken = !who.equalsIgnoreCase(String.valueOf(assignee));
        assignee = who;
        log(occurrence, TimelineKind.ACKNOWLEDGED, "Acknowledged by " + who, false);
        register(IncidentChange.ACKNOWLEDGED, occurrence, null, Map.of("assignee", who, "takenOver", taken,
                "severity", severity.wire(), "secondsOpen", secondsOpen(occurrence)));
    }

    /** Gives it to another operator; a triggered one restarts its acknowledgement clock with them. */
    void assign(String email, Instant escalatesAt, Occurrence occurrence) {
        requireOpen("assign");
        if (email.equalsIgnoreCase(String.valueOf(assignee))) {
            return;
        }
        assignee = email;
        if (status == IncidentStatus.TRIGGERED) {
            this.escalatesAt = escalatesAt;
        }
        log(occurrence, TimelineKind.ASSIGNED, "Assigned to " + email + " by " + occurrence.actor().email(), false);
        register(IncidentChange.ASSIGNED, occurrence, null, Map.of("assignee", email, "onCall", false));
    }

    /** Not acknowledged in time: to the next person, or (nobody next, or already once) to every operator. */
    void escalate(String next, Instant nextEscalatesAt, Occurrence occurrence) {
        if (next != null && escalation == 0) {
            escalation = 1;
            String from = assignee;
            assignee = next;
            escalatesAt = nextEscalatesAt;
            log(occurrence, TimelineKind.ESCALATED, "Not acknowledged by " + from + " in time: escalated to " + next, false);
            register(IncidentChange.ESCALATED, occurrence, null, Map.of("to", next, "level", 1));
        } else {
            escalation = 2;
            escalatesAt = null;
            log(occurrence, TimelineKind.ESCALATED, "Not acknowledged in time: escalated to every operator", false);
            register(IncidentChange.ESCALATED, occurrence, null, Map.of("to", EVERY_OPERATOR, "level", 2));
        }
    }

    void note(String text, Occurrence occurrence) {
        log(occurrence, TimelineKind.NOTE, text.strip(), false);
        register(IncidentChange.NOTE_ADDED, occurrence, text.strip(), Map.of());
    }

    void customerUpdate(String text, Occurrence occurrence) {
        requireOpen("post a customer update to");
        log(occurrence, TimelineKind.CUSTOMER_UPDATE, text.strip(), true);
        register(IncidentChange.CUSTOMER_UPDATE, occurrence, text.strip(), Map.of());
    }

    void resolve(Occurrence occurrence) {
        requireOpen("resolve");
        close(occurrence, "Resolved by " + occurrence.actor().email());
    }

    /**
     * Opens it again and holds it open: from now on only an operator resolves it. Refused while a
     * newer incident of the same group is open (the unique open group key).
     */
    void reopen(String reason, Occurrence occurrence) {
        if (isOpen()) {
            throw ApiProblem.illegalTransition("Incident #" + number + " is open.", List.of("acknowledge", "resolve"));
        }
        status = IncidentStatus.ACKNOWLEDGED;
        heldOpen = true;
        openGroupKey = groupKey;
        resolvedAt = null;
        assignee = occurrence.actor().email();
        log(occurrence, TimelineKind.REOPENED, "Reopened by " + assignee + ": " + reason.strip(), false);
        register(IncidentChange.REOPENED, occurrence, reason.strip(), Map.of("assignee", assignee));
    }

    private void close(Occurrence occurrence, String text) {
        status = IncidentStatus.RESOLVED;
        resolvedAt = occurrence.at();
        openGroupKey = null;
        escalatesAt = null;
        log(occurrence, TimelineKind.RESOLVED, text, true);
        register(IncidentChange.RESOLVED, occurrence, null, Map.of("heldOpen", heldOpen, "severity", severity.wire(),
                "secondsOpen", secondsOpen(occurrence)));
    }

    private long secondsOpen(Occurrence occurrence) {
        return Duration.between(openedAt, occurrence.at()).toSeconds();
    }

    boolean escalationDue(Instant now) {
        return escalatesAt != null && !escalatesAt.isAfter(now);
    }

    /** Whether the incident holds an alert of this fingerprint. */
    boolean has(String fingerprint) {
        return indexOf(fingerprint) >= 0;
    }

    private void requireOpen(String action) {
        if (!isOpen()) {
            throw ApiProblem.illegalTransition("Incident #" + number + " is resolved; reopen it to " + action + " it.",
                    List.of("reopen"));
        }
    }

    private int indexOf(String fingerprint) {
        for (int i = 0; i < alerts.size(); i++) {
            if (alerts.get(i).fingerprint().equals(fingerprint)) {
                return i;
            }
        }
        return -1;
    }

    private static String summaryOf(AlertState alert) {
        String summary = alert.annotations().get("summary");
        return summary == null ? "" : ": " + summary;
    }

    private void log(Occurrence occurrence, TimelineKind kind, String text, boolean customerFacing) {
        String actor = occurrence.actor().email();
        timeline.add(new Entry(occurrence.at(), kind, actor, text, customerFacing));
    }

    private void register(IncidentChange change, Occurrence occurrence, String text, Map<String, Object> details) {
        // Each step its own event: an incident's events share the request's time and actor, not its id.
        Occurrence step = new Occurrence(UUID.randomUUID(), occurrence.at(), occurrence.actor());
        registerEvent(new IncidentChanged(step, change, id, number, tenantConcerned(), text, details));
    }

    /** The one tenant this incident concerns, if it concerns exactly one. */
    private String tenantConcerned() {
        return impacts.size() == 1 && impacts.getFirst().scope() == ImpactScope.TENANT ? impacts.getFirst().target() : null;
    }

    boolean affects(String tenant, Set<String> upstreamsOfTenant) {
        return impacts.stream().anyMatch(impact -> impact.affects(tenant, upstreamsOfTenant));
    }

    /** Whether customers have been told anything: until then, affected tenants see nothing of it. */
    boolean toldCustomers() {
        return timeline.stream().anyMatch(entry -> entry.kind() == TimelineKind.CUSTOMER_UPDATE);
    }

    IncidentView toView() {
        return new IncidentView(id, number, title, status, severity, List.copyOf(impacts), assignee, escalation,
                escalatesAt, heldOpen, openedAt, acknowledgedAt, resolvedAt,
                alerts.stream().map(AlertState::toView).toList(),
                timeline.stream().map(e -> new IncidentView.TimelineEntry(e.at(), e.kind(), e.actor(), e.text(),
                        e.customerFacing())).toList(), version == null ? 0 : version);
    }

    /** What members of an affected tenant see: the customer updates only, newest first. */
    CustomerIncidentView toCustomerView() {
        List<CustomerIncidentView.Update> updates = timeline.stream()
                .filter(e -> e.kind() == TimelineKind.CUSTOMER_UPDATE)
                .map(e -> new CustomerIncidentView.Update(e.at(), e.text())).toList().reversed();
        return new CustomerIncidentView(id, number, updates.getFirst().text(), severity, openedAt, updates);
    }

    String getId() {
        return id;
    }

    long getNumber() {
        return number;
    }

    IncidentStatus getStatus() {
        return status;
    }

    IncidentSeverity getSeverity() {
        return severity;
    }

    String getAssignee() {
        return assignee;
    }

    Long getVersion() {
        return version;
    }
}
