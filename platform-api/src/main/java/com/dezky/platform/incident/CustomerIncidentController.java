package com.dezky.platform.incident;

import com.dezky.model.incident.CustomerIncidentView;
import com.dezky.platform.web.ApiProblem;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the members of a tenant see of incidents (the access policy: readers of the tenant): the
 * open ones that concern it and of which operators have told customers, with those updates only.
 */
@RestController
class CustomerIncidentController {

    private final IncidentService incidents;

    CustomerIncidentController(IncidentService incidents) {
        this.incidents = incidents;
    }

    @GetMapping("/tenants/{slug}/incidents")
    List<CustomerIncidentView> list(@PathVariable String slug) {
        return incidents.forTenant(slug);
    }

    /** One of them; any other incident, open or not, does not exist for this tenant. */
    @GetMapping("/tenants/{slug}/incidents/{id}")
    CustomerIncidentView get(@PathVariable String slug, @PathVariable String id) {
        return incidents.forTenant(slug).stream().filter(incident -> incident.id().equals(id)).findFirst()
                .orElseThrow(() -> ApiProblem.notFound("Incident " + id));
    }
}
