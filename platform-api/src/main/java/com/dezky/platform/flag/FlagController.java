package com.dezky.platform.flag;

import com.dezky.model.flag.CreateFlagRequest;
import com.dezky.model.flag.FlagRule;
import com.dezky.model.flag.FlagView;
import com.dezky.model.flag.ImpactRequest;
import com.dezky.model.flag.ImpactView;
import com.dezky.platform.access.AccessPolicy;
import com.dezky.platform.security.Caller;
import com.dezky.platform.security.CallerAuthentication;
import com.dezky.platform.tenant.Tenant;
import com.dezky.platform.tenant.TenantDirectory;
import com.dezky.platform.tenant.TenantSubjects;
import com.dezky.platform.web.ApiProblem;
import com.dezky.platform.web.ETags;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Feature flags. Reads for anyone signed in; changes and impact for operators (the access policy). */
@RestController
class FlagController {

    /** {@code POST /flags/evaluate}. */
    record EvaluateRequest(@NotBlank String tenantSlug) {
    }

    private final FlagService flags;
    private final FlagImpact impact;
    private final TenantDirectory tenants;
    private final TenantSubjects subjects;
    private final AccessPolicy access;

    FlagController(FlagService flags, FlagImpact impact, TenantDirectory tenants, TenantSubjects subjects,
            AccessPolicy access) {
        this.flags = flags;
        this.impact = impact;
        this.tenants = tenants;
        this.subjects = subjects;
        this.access = access;
    }

    /** Operators see every flag; customers only the flags shown to them. */
    @GetMapping("/flags")
    List<FlagView> list(CallerAuthentication authentication) {
        boolean operator = access.operator(authentication.caller());
        return flags.all().stream().filter(flag -> operator || flag.shownToCustomers())
                .map(flag -> viewFor(authentication.caller(), flag)).toList();
    }

    @GetMapping("/flags/{key}")
    ResponseEntity<FlagView> get(@PathVariable String key, CallerAuthentication authentication) {
        Flag flag = flags.get(key);
        if (!flag.shownToCustomers() && !access.operator(authentication.caller())) {
            // An internal flag does not exist for customers, as if its key were unknown.
            throw ApiProblem.notFound("Flag " + key);
        }
        return ETags.ok(viewFor(authentication.caller(), flag), flag.getVersion());
    }

    /** Operators see everything; other callers do not see who changed what, nor other customers' names. */
    private FlagView viewFor(Caller caller, Flag flag) {
        return access.operator(caller) ? flag.toView() : flag.toView().withoutInternals();
    }

    @PostMapping("/flags")
    ResponseEntity<FlagView> create(@Valid @RequestBody CreateFlagRequest request) {
        Flag flag = flags.create(request);
        return ResponseEntity.created(URI.create("/flags/" + flag.getKey())).eTag(ETags.of(flag.getVersion()))
                .body(flag.toView());
    }

    /** Kill switch: {@code {"state": "off", "pct": 0}}. */
    @PatchMapping(path = "/flags/{key}", consumes = {"application/merge-patch+json", "application/json"})
    ResponseEntity<FlagView> patch(@PathVariable String key,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = "application/merge-patch+json", schema = @Schema(implementation = CreateFlagRequest.class)))
            @RequestBody JsonNode patch) {
        Flag flag = flags.patch(key, ifMatch, patch);
        return ETags.ok(flag.toView(), flag.getVersion());
    }

    @DeleteMapping("/flags/{key}")
    ResponseEntity<Void> delete(@PathVariable String key,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        flags.delete(key, ifMatch);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/flags/{key}/impact")
    ImpactView impact(@PathVariable String key, @Valid @RequestBody ImpactRequest request,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        FlagRule proposed = new FlagRule(key, request.state(), request.pct(), request.scope());
        return impact.of(flags.get(key).rule(), proposed, page, size);
    }

    /**
     * Every flag's value for one tenant the caller may read (the access policy decides; the tenant
     * is in the body, so this is where it is asked). Unknown and foreign tenants answer alike.
     */
    @PostMapping("/flags/evaluate")
    Map<String, Boolean> evaluate(@Valid @RequestBody EvaluateRequest request, CallerAuthentication authentication) {
        if (!access.readsTenant(authentication.caller(), request.tenantSlug())) {
            throw ApiProblem.forbidden("You do not belong to this tenant.");
        }
        Tenant tenant = tenants.require(request.tenantSlug());
        Map<String, Boolean> values = new LinkedHashMap<>();
        flags.evaluateAll(subjects.of(tenant)).forEach((key, result) -> values.put(key, result.value()));
        return values;
    }
}
