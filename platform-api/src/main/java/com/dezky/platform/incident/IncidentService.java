package com.dezky.platform.incident;

import com.dezky.model.PageView;
import com.dezky.model.incident.CustomerIncidentView;
import com.dezky.model.incident.IncidentList;
import com.dezky.model.incident.IncidentSeverity;
import com.dezky.model.incident.IncidentStatus;
import com.dezky.model.tenant.ProvisioningState;
import com.dezky.platform.audit.Actor;
import com.dezky.platform.audit.Occurrence;
import com.dezky.platform.oncall.OnCall;
import com.dezky.platform.store.ScheduledRuns;
import com.dezky.platform.store.Transactions;
import com.dezky.platform.tenant.TenantUpstreams;
import com.dezky.platform.web.ApiProblem;
import com.dezky.platform.web.ETags;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/** Incidents: what Alertmanager delivers, what operators do with them, what customers are shown. */
@Service
@EnableConfigurationProperties(IncidentProperties.class)
class IncidentService {

    private static final Logger log = LoggerFactory.getLogger(IncidentService.class);

    /** Who the webhook's changes are by, in the audit trail. */
    static final Actor ALERTMANAGER = new Actor("dezky", "alertmanager", "alertmanager", null);

    static final Set<IncidentStatus> OPEN = EnumSet.of(IncidentStatus.TRIGGERED, IncidentStatus.ACKNOWLEDGED);

    private static final int ATTEMPTS = 5;

    /** What a delivery did: the incidents it concerned and how many alerts changed. */
    record Delivery(List<Long> incidents, int changedAlerts) {
    }

    private final Incidents incidents;
    private final OnCall onCall;
    private final TenantUpstreams upstreams;
    private final IncidentProperties properties;
    private final Transactions transactions;
    private final ScheduledRuns scheduled;
    private final Clock clock;

    IncidentService(Incidents incidents, OnCall onCall, TenantUpstreams upstreams, IncidentProperties properties,
            Transactions transactions, ScheduledRuns scheduled, Clock clock) {
        this.incidents = incidents;
        this.onCall = onCall;
        this.upstreams = upstreams;
        this.properties = properties;
        this.transactions = transactions;
        this.scheduled = scheduled;
        this.clock = clock;
    }

    /**
     * Takes one Alertmanager notification. Two deliveries racing to open the same group's incident
     * (or to take the same number) meet at a unique index; the loser runs again and finds the
     * winner's incident.
     */
    Delivery receive(AlertmanagerNotification notification) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.write(() -> apply(notification));
            } catch (DuplicateKeyException raced) {
                if (attempt == ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }

    private Delivery apply(AlertmanagerNotification notification) {
        Occurrence occurrence = new Occurrence(UUID.randomUUID(), now(), ALERTMANAGER);
        String group = notification.groupKey();
        Incident open = incidents.findByOpenGroupKey(group).orElse(null);
        Map<String, Incident> touched = new LinkedHashMap<>();
        int changed = 0;
        for (AlertmanagerNotification.Alert alert : notification.alerts()) {
            Incident target = open != null && (alert.firing() || open.has(alert.fingerprint())) ? open
                    : touched.values().stream().filter(i -> i.knows(alert)).findFirst()
                            .orElseGet(() -> incidents.findFirstByGroupKeyAndAlertKeysOrderByNumberDesc(group, alert.key())
                                    .orElse(null));
            if (target == null && alert.firing()) {
                open = openIncident(group, alert, occurrence);
                touched.put(open.getId(), open);
                changed++;
            } else if (target != null && target.receive(alert, occurrence)) {
                touched.put(target.getId(), target);
                changed++;
            }
            // A resolution of an alert no incident has seen firing changes nothing.
        }
        for (Incident incident : touched.values()) {
            incident.resolveIfAllAlertsResolved(occurrence);
            incidents.save(incident);
        }
        return new Delivery(touched.values().stream().map(Incident::getNumber).toList(), changed);
    }

    private Incident openIncident(String group, AlertmanagerNotification.Alert alert, Occurrence occurrence) {
        long number = incidents.findFirstByOrderByNumberDesc().map(last -> last.getNumber() + 1).orElse(1L);
        String person = onCall.onCallAt(occurrence.at()).orElse(null);
        Instant escalatesAt = person == null ? null : escalationTime(Incident.severityOf(alert), occurrence.at());
        return Incident.open(number, group, alert, person, escalatesAt, occurrence);
    }

    private Instant escalationTime(IncidentSeverity severity, Instant from) {
        return properties.acknowledgeWithin(severity).map(from::plus).orElse(null);
    }

    /** Every triggered incident whose acknowledgement time has passed goes to the next person, or to everyone. */
    @Scheduled(fixedDelayString = "${dezky.incidents.escalation-check:15s}", initialDelayString = "${dezky.incidents.escalation-check:15s}")
    void onSchedule() {
        scheduled.oncePerPeriod("incident-escalation", properties.escalationCheck(), this::escalateDue);
    }

    void escalateDue() {
        for (Incident due : incidents.findByStatusAndEscalatesAtLessThanEqual(IncidentStatus.TRIGGERED, now())) {
            try {
                transactions.write(() -> {
                    Incident incident = incidents.findById(due.getId()).orElse(null);
                    Instant now = now();
                    if (incident == null || incident.getStatus() != IncidentStatus.TRIGGERED || !incident.escalationDue(now)) {
                        return;
                    }
                    String next = onCall.rotation().flatMap(rotation -> rotation.after(incident.getAssignee(), now)).orElse(null);
                    incident.escalate(next, next == null ? null : escalationTime(incident.getSeverity(), now),
                            Occurrence.bySystem(clock));
                    incidents.save(incident);
                });
            } catch (DataAccessException e) {
                log.warn("Escalating incident #{} failed; the next check tries again: {}", due.getNumber(), e.toString());
            }
        }
    }

    IncidentList list(String state, int page, int size) {
        Set<IncidentStatus> statuses = switch (state == null ? "all" : state) {
            case "open" -> OPEN;
            case "resolved" -> EnumSet.of(IncidentStatus.RESOLVED);
            case "all" -> EnumSet.allOf(IncidentStatus.class);
            default -> throw ApiProblem.invalid("status", "must be open, resolved or all");
        };
        var found = incidents.findByStatusInOrderByNumberDesc(statuses, PageRequest.of(page, size));
        Map<String, Long> counts = new LinkedHashMap<>();
        for (IncidentStatus status : IncidentStatus.values()) {
            counts.put(status.wire(), incidents.countByStatus(status));
        }
        return new IncidentList(new PageView<>(found.map(Incident::toView).getContent(), page, size,
                found.getTotalElements()), counts);
    }

    Incident get(String id) {
        return incidents.findById(id).orElseThrow(() -> ApiProblem.notFound("Incident " + id));
    }

    Incident acknowledge(String id, String ifMatch) {
        return change(id, ifMatch, (incident, occurrence) -> incident.acknowledge(occurrence));
    }

    Incident assign(String id, String email, String ifMatch) {
        return change(id, ifMatch, (incident, occurrence) ->
                incident.assign(email, escalationTime(incident.getSeverity(), occurrence.at()), occurrence));
    }

    Incident note(String id, String text, String ifMatch) {
        return change(id, ifMatch, (incident, occurrence) -> incident.note(text, occurrence));
    }

    Incident customerUpdate(String id, String text, String ifMatch) {
        return change(id, ifMatch, (incident, occurrence) -> incident.customerUpdate(text, occurrence));
    }

    Incident resolve(String id, String ifMatch) {
        return change(id, ifMatch, (incident, occurrence) -> incident.resolve(occurrence));
    }

    Incident reopen(String id, String reason, String ifMatch) {
        try {
            return change(id, ifMatch, (incident, occurrence) -> incident.reopen(reason, occurrence));
        } catch (DuplicateKeyException newerOpen) {
            throw ApiProblem.conflict("A newer incident of the same alerts is open; work on that one.");
        }
    }

    /** One operator step at the version the caller loaded (If-Match, when sent), never losing a concurrent one. */
    private Incident change(String id, String ifMatch, BiConsumer<Incident, Occurrence> step) {
        return transactions.write(() -> {
            Incident incident = get(id);
            ETags.requireMatchIfPresent(ifMatch, incident.getVersion());
            step.accept(incident, Occurrence.byCaller(clock));
            return incidents.save(incident);
        });
    }

    /** The open incidents that concern this tenant and of which customers have been told. */
    List<CustomerIncidentView> forTenant(String slug) {
        Set<String> used = upstreams.states(List.of(slug)).getOrDefault(slug, Map.of()).entrySet().stream()
                .filter(integration -> integration.getValue().state() != ProvisioningState.SKIPPED)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        return incidents.findByStatusInOrderByNumberDesc(OPEN).stream()
                .filter(incident -> incident.toldCustomers() && incident.affects(slug, used))
                .map(Incident::toCustomerView).toList();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
