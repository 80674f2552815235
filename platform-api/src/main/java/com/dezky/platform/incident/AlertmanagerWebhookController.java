package com.dezky.platform.incident;

import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Alertmanager's webhook receiver. The bearer token is checked by the access policy; deliveries
 * are idempotent, so Alertmanager's retries and repeats change nothing twice.
 */
@RestController
class AlertmanagerWebhookController {

    private final IncidentService incidents;

    AlertmanagerWebhookController(IncidentService incidents) {
        this.incidents = incidents;
    }

    @PostMapping("/alerts/alertmanager")
    IncidentService.Delivery receive(@Valid @RequestBody AlertmanagerNotification notification) {
        return incidents.receive(notification);
    }
}
