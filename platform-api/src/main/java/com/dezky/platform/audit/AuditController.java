package com.dezky.platform.audit;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import com.dezky.model.PageView;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.regex.Pattern;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reading the audit trail (operator-only, see the security configuration). */
@RestController
class AuditController {

    private final MongoTemplate mongo;
    private final AuditTrail trail;

    AuditController(MongoTemplate mongo, AuditTrail trail) {
        this.mongo = mongo;
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
        Criteria criteria = new Criteria();
        if (actor != null) {
            criteria.orOperator(where("actor.email").is(actor), where("actor.subject").is(actor));
        }
        if (action != null) {
            criteria.and("action").regex(action.endsWith(".") ? "^" + Pattern.quote(action) : "^" + Pattern.quote(action) + "$");
        }
        if (targetType != null) {
            criteria.and("target.type").is(targetType);
        }
        if (target != null) {
            criteria.and("target.slug").is(target);
        }
        if (tenant != null) {
            criteria.and("tenant").is(tenant);
        }
        if (from != null || to != null) {
            Criteria at = criteria.and("at");
            if (from != null) {
                at.gte(from);
            }
            if (to != null) {
                at.lt(to);
            }
        }
        Query filtered = new Query(criteria);
        long total = mongo.count(filtered, AuditEvent.class);
        Query pageQuery = Query.of(filtered).with(Sort.by(Sort.Direction.DESC, "seq"))
                .skip((long) page * size).limit(size);
        return new PageView<>(mongo.find(pageQuery, AuditEvent.class), page, size, total);
    }

    @GetMapping("/audit/verify")
    AuditVerification verify() {
        return trail.verify();
    }
}
