package com.dezky.platform.incident;

/** What happened to an incident; each has its audit action. */
public enum IncidentChange {

    OPENED("incident.opened"),
    ALERT_FIRED("incident.alert-fired"),
    ALERT_RESOLVED("incident.alert-resolved"),
    ACKNOWLEDGED("incident.acknowledged"),
    ASSIGNED("incident.assigned"),
    ESCALATED("incident.escalated"),
    NOTE_ADDED("incident.note-added"),
    CUSTOMER_UPDATE("incident.customer-update"),
    RESOLVED("incident.resolved"),
    REOPENED("incident.reopened");

    private final String action;

    IncidentChange(String action) {
        this.action = action;
    }

    String action() {
        return action;
    }
}
