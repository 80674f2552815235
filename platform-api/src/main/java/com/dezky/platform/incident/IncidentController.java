package com.dezky.platform.incident;

import com.dezky.model.incident.AssignRequest;
import com.dezky.model.incident.IncidentList;
import com.dezky.model.incident.IncidentMessageRequest;
import com.dezky.model.incident.IncidentView;
import com.dezky.model.tenant.ReasonRequest;
import com.dezky.platform.web.ETags;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Incidents as operators work them (the access policy: operators only). Each step answers the incident and its ETag. */
@RestController
@Validated
class IncidentController {

    private final IncidentService incidents;

    IncidentController(IncidentService incidents) {
        this.incidents = incidents;
    }

    /** {@code status}: open (triggered or acknowledged), resolved, or all (the default); newest first. */
    @GetMapping("/incidents")
    IncidentList list(@RequestParam(required = false) @Size(max = 10) String status,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "25") @Min(1) @Max(200) int size) {
        return incidents.list(status, page, size);
    }

    @GetMapping("/incidents/{id}")
    ResponseEntity<IncidentView> get(@PathVariable String id) {
        return answer(incidents.get(id));
    }

    @PostMapping("/incidents/{id}/acknowledge")
    ResponseEntity<IncidentView> acknowledge(@PathVariable String id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return answer(incidents.acknowledge(id, ifMatch));
    }

    @PostMapping("/incidents/{id}/assign")
    ResponseEntity<IncidentView> assign(@PathVariable String id, @Valid @RequestBody AssignRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return answer(incidents.assign(id, request.email(), ifMatch));
    }

    /** An internal note: operators only, never shown to customers. */
    @PostMapping("/incidents/{id}/notes")
    ResponseEntity<IncidentView> note(@PathVariable String id, @Valid @RequestBody IncidentMessageRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return answer(incidents.note(id, request.text(), ifMatch));
    }

    /** A status update for the affected tenants' members, shown in their portal until the incident is resolved. */
    @PostMapping("/incidents/{id}/updates")
    ResponseEntity<IncidentView> customerUpdate(@PathVariable String id, @Valid @RequestBody IncidentMessageRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return answer(incidents.customerUpdate(id, request.text(), ifMatch));
    }

    @PostMapping("/incidents/{id}/resolve")
    ResponseEntity<IncidentView> resolve(@PathVariable String id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return answer(incidents.resolve(id, ifMatch));
    }

    /** Opens a resolved incident again and holds it open until an operator resolves it. */
    @PostMapping("/incidents/{id}/reopen")
    ResponseEntity<IncidentView> reopen(@PathVariable String id, @Valid @RequestBody ReasonRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return answer(incidents.reopen(id, request.reason(), ifMatch));
    }

    private static ResponseEntity<IncidentView> answer(Incident incident) {
        return ETags.ok(incident.toView(), incident.getVersion());
    }
}
