package com.dezky.platform.incident;

import com.dezky.model.incident.IncidentSeverity;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * {@code dezky_incidents_open{severity}}, and the histograms {@code dezky_incidents_time_to_acknowledge_seconds}
 * and {@code dezky_incidents_time_to_resolve_seconds} by severity, recorded once a step is committed.
 */
@Component
class IncidentMetrics {

    private final MeterRegistry meters;

    IncidentMetrics(MeterRegistry meters, Incidents incidents) {
        this.meters = meters;
        for (IncidentSeverity severity : IncidentSeverity.values()) {
            Gauge.builder("dezky.incidents.open", incidents,
                            repository -> repository.countByStatusInAndSeverity(IncidentService.OPEN, severity))
                    .description("Open incidents (triggered or acknowledged), by severity")
                    .tag("severity", severity.wire()).register(meters);
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(IncidentChanged changed) {
        String timer = switch (changed.change()) {
            case ACKNOWLEDGED -> "dezky.incidents.time.to.acknowledge";
            case RESOLVED -> "dezky.incidents.time.to.resolve";
            default -> null;
        };
        if (timer != null) {
            Timer.builder(timer).description("From an incident's opening to its " + changed.change().name().toLowerCase())
                    .tag("severity", String.valueOf(changed.details().get("severity")))
                    .publishPercentileHistogram()
                    .register(meters)
                    .record(Duration.ofSeconds(((Number) changed.details().get("secondsOpen")).longValue()));
        }
    }
}
