package com.dezky.platform.audit;

import com.dezky.model.PageView;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reading the audit trail (operator-only, see the access policy). */
@RestController
class AuditController {

    private final AuditEvents events;
    private final AuditTrail trail;

    AuditController(AuditEvents events, AuditTrail trail) {
        this.events = events;
        this.trail = trail;
    }

    /**
     * Newest first. {@code action} ending in "." is a prefix ({@code tenant.} = every tenant
     * action); {@code actor} matches the actor's email or subject.
     */
    @GetMapping("/audit")
    PageView<AuditEvent> events(
            @RequestParam(required = false) @Size(max = 200) String actor,
            @RequestParam(required = false) @Size(max = 100) String action,
            @RequestParam(required = false) @Size(max = 40) String targetType,
            @RequestParam(required = false) @Size(max = 100) String target,
            @RequestParam(required = false) @Size(max = 40) String tenant,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return events.search(new AuditEventQueries.Filter(actor, action, targetType, target, tenant, from, to), page,
                size);
    }

    @GetMapping("/audit/verify")
    AuditVerification verify() {
        return trail.verify();
    }
}
