package com.dezky.platform.flag;

import com.dezky.model.flag.CreateFlagRequest;
import com.dezky.model.flag.FlagRule;
import com.dezky.model.flag.FlagView;
import com.dezky.model.flag.ImpactRequest;
import com.dezky.model.flag.ImpactView;
import com.dezky.platform.security.CallerAuthentication;
import com.dezky.platform.tenant.Tenant;
import com.dezky.platform.tenant.TenantService;
import com.dezky.platform.tenant.TenantSubjects;
import com.dezky.platform.web.ETags;
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

/** Feature flags. Reads for anyone signed in; changes and impact for operators (security configuration). */
@RestController
class FlagController {

    /** {@code POST /flags/evaluate}. */
    record EvaluateRequest(@NotBlank String tenantSlug) {
    }

    private final FlagService flags;
    private final TenantService tenantService;
    private final TenantSubjects subjects;

    FlagController(FlagService flags, TenantService tenantService, TenantSubjects subjects) {
        this.flags = flags;
        this.tenantService = tenantService;
        this.subjects = subjects;
    }

    @GetMapping("/flags")
    List<FlagView> list(CallerAuthentication authentication) {
        return flags.all().stream().map(flag -> viewFor(authentication, flag)).toList();
    }

    @GetMapping("/flags/{key}")
    ResponseEntity<FlagView> get(@PathVariable String key, CallerAuthentication authentication) {
        Flag flag = flags.get(key);
        return ETags.ok(viewFor(authentication, flag), flag.getVersion());
    }

    /** Operators see everything; other callers do not see who changed what, nor other customers' names. */
    private static FlagView viewFor(CallerAuthentication authentication, Flag flag) {
        boolean operator = authentication.caller().isOperator();
        return operator ? flag.toView() : flag.toView().withoutInternals();
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
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody JsonNode patch) {
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
        FlagRule proposed = new FlagRule(key, FlagService.state("state", request.state()), request.pct(), request.scope());
        return flags.impact(key, proposed, page, size);
    }

    /** Every flag's value for one tenant: operators for any tenant, portal users for their own. */
    @PostMapping("/flags/evaluate")
    Map<String, Boolean> evaluate(@Valid @RequestBody EvaluateRequest request, CallerAuthentication authentication) {
        Tenant tenant = tenantService.requireReadable(authentication.caller(), request.tenantSlug());
        Map<String, Boolean> values = new LinkedHashMap<>();
        flags.evaluateAll(subjects.of(tenant)).forEach((key, result) -> values.put(key, result.value()));
        return values;
    }
}
