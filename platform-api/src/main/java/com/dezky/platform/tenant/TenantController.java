package com.dezky.platform.tenant;

import com.dezky.model.PageView;
import com.dezky.model.tenant.CreateTenantRequest;
import com.dezky.model.tenant.ReasonRequest;
import com.dezky.model.tenant.TenantAction;
import com.dezky.model.tenant.TenantList;
import com.dezky.model.tenant.TenantStatus;
import com.dezky.model.tenant.TenantView;
import com.dezky.platform.web.ETags;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.springframework.http.HttpStatus;
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

/** Tenants. Who may call what is decided by the access policy, before any of this runs. */
@RestController
class TenantController {

    private final TenantRegistry registry;
    private final TenantDirectory directory;
    private final TenantViews views;

    TenantController(TenantRegistry registry, TenantDirectory directory, TenantViews views) {
        this.registry = registry;
        this.directory = directory;
        this.views = views;
    }

    @GetMapping("/tenants")
    TenantList list(
            @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(required = false) TenantStatus status,
            @RequestParam(required = false) @Size(max = 40) String plan,
            @RequestParam(required = false) @Size(max = 40) String partner,
            @RequestParam(required = false) @Size(max = 20) String sort,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "25") @Min(1) @Max(200) int size) {
        TenantDirectory.TenantPage result = directory.list(q, status, plan, partner, sort, page, size);
        return new TenantList(views.views(result.page()), result.statusCounts());
    }

    @GetMapping("/partners/{slug}/tenants")
    PageView<TenantView> ofPartner(@PathVariable String slug, @RequestParam(required = false) TenantStatus status,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "25") @Min(1) @Max(200) int size) {
        return views.views(directory.customersOf(slug, status, page, size).page());
    }

    @PostMapping("/tenants")
    ResponseEntity<TenantView> create(@Valid @RequestBody CreateTenantRequest request) {
        Tenant tenant = registry.create(request);
        return ResponseEntity.created(URI.create("/tenants/" + tenant.getSlug()))
                .eTag(ETags.of(tenant.getVersion()))
                .body(views.view(tenant));
    }

    @GetMapping("/tenants/{slug}")
    ResponseEntity<TenantView> get(@PathVariable String slug) {
        Tenant tenant = directory.require(slug);
        return ETags.ok(views.view(tenant), tenant.getVersion());
    }

    /** A JSON merge patch of the fields of the create request; a field set to null is removed. */
    @PatchMapping(path = "/tenants/{slug}", consumes = {"application/merge-patch+json", "application/json"})
    ResponseEntity<TenantView> patch(@PathVariable String slug,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = "application/merge-patch+json", schema = @Schema(implementation = CreateTenantRequest.class)))
            @RequestBody JsonNode patch) {
        Tenant tenant = registry.patch(slug, ifMatch, patch);
        return ETags.ok(views.view(tenant), tenant.getVersion());
    }

    @PostMapping("/tenants/{slug}/suspend")
    ResponseEntity<TenantView> suspend(@PathVariable String slug, @Valid @RequestBody ReasonRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return acted(registry.act(slug, TenantAction.SUSPEND, request.reason().strip(), ifMatch));
    }

    @PostMapping("/tenants/{slug}/resume")
    ResponseEntity<TenantView> resume(@PathVariable String slug,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return acted(registry.act(slug, TenantAction.RESUME, null, ifMatch));
    }

    /** Soft delete: restorable until the grace period ends, then purged. */
    @DeleteMapping("/tenants/{slug}")
    ResponseEntity<TenantView> delete(@PathVariable String slug,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return acted(registry.act(slug, TenantAction.DELETE, null, ifMatch));
    }

    @PostMapping("/tenants/{slug}/restore")
    ResponseEntity<TenantView> restore(@PathVariable String slug,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return acted(registry.act(slug, TenantAction.RESTORE, null, ifMatch));
    }

    /**
     * Starts a reconcile and answers at once (202) with the tenant, its integrations pending;
     * poll the tenant to follow them. Safe to repeat: nothing is ever created twice.
     */
    @PostMapping("/tenants/{slug}/reconcile")
    ResponseEntity<TenantView> reconcile(@PathVariable String slug) {
        Tenant tenant = registry.requestReconcile(slug);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(views.view(tenant));
    }

    private ResponseEntity<TenantView> acted(Tenant tenant) {
        return ETags.ok(views.view(tenant), tenant.getVersion());
    }
}
