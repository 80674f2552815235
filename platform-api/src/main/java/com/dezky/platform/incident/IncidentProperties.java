package com.dezky.platform.incident;

import com.dezky.model.incident.IncidentSeverity;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code dezky.incidents.*}: how long each severity may stay unacknowledged before it escalates
 * (absent or zero: never), and how often that is checked. The webhook's token is the access
 * policy's ({@code dezky.incidents.webhook-token}).
 */
@ConfigurationProperties("dezky.incidents")
record IncidentProperties(Map<String, Duration> acknowledgeWithin, Duration escalationCheck) {

    IncidentProperties {
        acknowledgeWithin = acknowledgeWithin == null ? Map.of() : Map.copyOf(acknowledgeWithin);
        escalationCheck = escalationCheck == null ? Duration.ofSeconds(15) : escalationCheck;
    }

    Optional<Duration> acknowledgeWithin(IncidentSeverity severity) {
        return Optional.ofNullable(acknowledgeWithin.get(severity.wire())).filter(d -> d.isPositive());
    }
}
