/**
 * Incidents from real alerts: Alertmanager's webhook opens and resolves them (one per alert
 * group while it is open), the person on call gets them and, unacknowledged, they escalate;
 * operators acknowledge, assign, resolve and reopen them, write internal notes and customer
 * updates, and the members of affected tenants see those updates. Every step publishes an
 * audited {@link com.dezky.platform.incident.IncidentChanged}.
 */
@ApplicationModule(allowedDependencies = {"oncall", "tenant", "audit", "web", "store"})
package com.dezky.platform.incident;

import org.springframework.modulith.ApplicationModule;
