package com.dezky.model.incident;

import java.time.Instant;
import java.util.List;

/**
 * An open incident as the members of an affected tenant see it: only what operators wrote for
 * customers (newest first; {@code latest} is the newest), never the alerts, the internal notes or
 * who works on it.
 */
public record CustomerIncidentView(String id, long number, String latest, IncidentSeverity severity, Instant openedAt,
        List<Update> updates) {

    public record Update(Instant at, String text) {
    }
}
