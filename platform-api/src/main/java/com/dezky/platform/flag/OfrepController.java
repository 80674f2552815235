package com.dezky.platform.flag;

import com.dezky.model.flag.FlagEvaluator;
import com.dezky.model.flag.FlagRule;
import com.dezky.model.flag.FlagSubject;
import com.dezky.model.json.CanonicalJson;
import com.dezky.platform.access.AccessPolicy;
import com.dezky.platform.security.Caller;
import com.dezky.platform.security.CallerAuthentication;
import com.dezky.platform.web.ApiProblem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * OpenFeature Remote Evaluation Protocol (OFREP, open-feature/protocol service/openapi.yaml
 * 0.3.0). {@code context.targetingKey} names the tenant by id or slug; its plan and partner come
 * from the registry, never from the caller (read at most once a second per key, see
 * {@link TargetedTenants}). Bodies are read leniently so that malformed input
 * gets OFREP's own error shape ({@code PARSE_ERROR}) rather than a problem document.
 */
@RestController
class OfrepController {

    private final FlagService flags;
    private final FlagSnapshots snapshots;
    private final TargetedTenants tenants;
    private final AccessPolicy access;
    private final JsonMapper json;

    OfrepController(FlagService flags, FlagSnapshots snapshots, TargetedTenants tenants, AccessPolicy access,
            JsonMapper json) {
        this.flags = flags;
        this.snapshots = snapshots;
        this.tenants = tenants;
        this.access = access;
        this.json = json;
    }

    @PostMapping(path = "/ofrep/v1/evaluate/flags/{key}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> evaluate(@PathVariable String key, @RequestBody(required = false) String body,
            CallerAuthentication authentication) {
        Resolution resolution = resolve(body, authentication.caller());
        if (resolution.error() != null) {
            return error(resolution.status(), key, resolution.error(), resolution.details());
        }
        Flag flag;
        try {
            flag = flags.get(key);
        } catch (ApiProblem notFound) {
            return error(HttpStatus.NOT_FOUND, key, "FLAG_NOT_FOUND", "Flag " + key + " does not exist.");
        }
        return ResponseEntity.ok(success(flag.rule(), flags.evaluate(flag.rule(), resolution.subject())));
    }

    /**
     * All flags for one tenant, with an ETag of the answer: a hash of the flag set's version and
     * the tenant as flags see it, which together decide every value. A matching If-None-Match gets
     * 304 without reading or evaluating a flag.
     */
    @PostMapping(path = "/ofrep/v1/evaluate/flags", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> evaluateAll(@RequestBody(required = false) String body,
            @RequestHeader(name = "If-None-Match", required = false) String ifNoneMatch,
            CallerAuthentication authentication) {
        Resolution resolution = resolve(body, authentication.caller());
        if (resolution.error() != null) {
            return ResponseEntity.status(resolution.status()).contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("errorCode", resolution.error(), "errorDetails", resolution.details()));
        }
        FlagSubject subject = resolution.subject();
        if (ifNoneMatch != null && ifNoneMatch.equals(etag(snapshots.version(), subject))) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(ifNoneMatch).build();
        }
        FlagSnapshots.Snapshot snapshot = snapshots.current();
        List<Map<String, Object>> results = snapshot.rules().stream()
                .map(rule -> success(rule, flags.evaluate(rule, subject))).toList();
        return ResponseEntity.ok().eTag(etag(snapshot.version(), subject)).body(Map.of("flags", results));
    }

    private record Resolution(FlagSubject subject, HttpStatus status, String error, String details) {

        static Resolution failed(HttpStatus status, String error, String details) {
            return new Resolution(null, status, error, details);
        }
    }

    private Resolution resolve(String body, Caller caller) {
        JsonNode request;
        try {
            request = body == null || body.isBlank() ? null : json.readTree(body);
        } catch (RuntimeException e) {
            return Resolution.failed(HttpStatus.BAD_REQUEST, "PARSE_ERROR", "The body is not valid JSON.");
        }
        if (request != null && !request.isObject()
                || request != null && request.has("context") && !request.get("context").isNull()
                && !request.get("context").isObject()) {
            return Resolution.failed(HttpStatus.BAD_REQUEST, "INVALID_CONTEXT", "context must be a JSON object.");
        }
        JsonNode context = request == null ? null : request.get("context");
        JsonNode targetingKey = context == null ? null : context.get("targetingKey");
        if (targetingKey == null || !targetingKey.isString() || targetingKey.asString().isBlank()) {
            return Resolution.failed(HttpStatus.BAD_REQUEST, "TARGETING_KEY_MISSING",
                    "context.targetingKey must name a tenant (its id or slug).");
        }
        Optional<TargetedTenants.Target> tenant = tenants.byKey(targetingKey.asString());
        if (tenant.isEmpty() || !access.readsTenant(caller, tenant.get().slug())) {
            // One answer for unknown and foreign tenants, so outsiders cannot probe which exist.
            return Resolution.failed(HttpStatus.BAD_REQUEST, "INVALID_CONTEXT",
                    "No tenant with this targeting key is visible to you.");
        }
        return new Resolution(tenant.get().subject(), null, null, null);
    }

    /** Strong: the answer's bytes are a function of the flag set's version and the subject. */
    private static String etag(long flagSetVersion, FlagSubject subject) {
        return "\"" + CanonicalJson.sha256Hex(String.join("\n", "ofrep-bulk", Long.toString(flagSetVersion),
                subject.tenantId(), subject.tenantSlug(), String.valueOf(subject.plan()),
                String.valueOf(subject.partnerSlug()), subject.environment())) + "\"";
    }

    private static Map<String, Object> success(FlagRule rule, FlagEvaluator.Result result) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("key", rule.key());
        answer.put("value", result.value());
        answer.put("reason", result.reason().name());
        answer.put("variant", result.value() ? "on" : "off");
        answer.put("metadata", Map.of("state", rule.state().wire(), "pct", rule.pct()));
        return answer;
    }

    private static ResponseEntity<Object> error(HttpStatus status, String key, String code, String details) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("key", key, "errorCode", code, "errorDetails", details));
    }
}
