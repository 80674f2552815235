package com.dezky.platform.tenant;

import com.dezky.model.PageView;
import com.dezky.model.tenant.CreateTenantRequest;
import com.dezky.model.tenant.ReasonRequest;
import com.dezky.model.tenant.TenantList;
import com.dezky.model.tenant.TenantView;
import com.dezky.platform.security.CallerAuthentication;
import com.dezky.platform.web.ETags;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.net.URI;
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

/** Tenants. Who may call what is in the security configuration; reads of one tenant also check membership. */
@RestController
class TenantController {

    private final TenantService tenants;
    private final TenantViews views;

    TenantController(TenantService tenants, TenantViews views) {
        this.tenants = tenants;
        this.views = views;
    }

    @GetMapping("/tenants")
    TenantList list(
            @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) @Size(max = 40) String plan,
            @RequestParam(required = false) @Size(max = 40) String partner,
            @RequestParam(required = false) @Size(max = 20) String sort,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "25") @Min(1) @Max(200) int size) {
        TenantService.TenantPage result = tenants.list(q, status == null ? null : TenantStatus.fromWire("status", status),
                plan, partner, sort, page, size);
        return new TenantList(viewsOf(result.page()), result.statusCounts());
    }

    @GetMapping("/partners/{slug}/tenants")
    PageView<TenantView> ofPartner(@PathVariable String slug, @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "25") @Min(1) @Max(200) int size) {
        TenantService.TenantPage result = tenants.list(null, status == null ? null : TenantStatus.fromWire("status", status),
                null, slug, "name", page, size);
        return viewsOf(result.page());
    }

    @PostMapping("/tenants")
    ResponseEntity<TenantView> create(@Valid @RequestBody CreateTenantRequest request) {
        Tenant tenant = tenants.create(request);
        return ResponseEntity.created(URI.create("/tenants/" + tenant.getSlug()))
                .eTag(ETags.of(tenant.getVersion()))
                .body(views.view(tenant));
    }

    @GetMapping("/tenants/{slug}")
    ResponseEntity<TenantView> get(@PathVariable String slug, CallerAuthentication authentication) {
        Tenant tenant = tenants.requireReadable(authentication.caller(), slug);
        return ETags.ok(views.view(tenant), tenant.getVersion());
    }

    @PatchMapping(path = "/tenants/{slug}", consumes = {"application/merge-patch+json", "application/json"})
    ResponseEntity<TenantView> patch(@PathVariable String slug,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody JsonNode patch) {
        Tenant tenant = tenants.patch(slug, ifMatch, patch);
        return ETags.ok(views.view(tenant), tenant.getVersion());
    }

    @PostMapping("/tenants/{slug}/suspend")
    ResponseEntity<TenantView> suspend(@PathVariable String slug, @Valid @RequestBody ReasonRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return acted(tenants.act(slug, TenantAction.SUSPEND, request.reason().strip(), ifMatch));
    }

    @PostMapping("/tenants/{slug}/resume")
    ResponseEntity<TenantView> resume(@PathVariable String slug,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return acted(tenants.act(slug, TenantAction.RESUME, null, ifMatch));
    }

    /** Soft delete: restorable until the grace period ends, then purged. */
    @DeleteMapping("/tenants/{slug}")
    ResponseEntity<TenantView> delete(@PathVariable String slug,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return acted(tenants.act(slug, TenantAction.DELETE, null, ifMatch));
    }

    @PostMapping("/tenants/{slug}/restore")
    ResponseEntity<TenantView> restore(@PathVariable String slug,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return acted(tenants.act(slug, TenantAction.RESTORE, null, ifMatch));
    }

    private ResponseEntity<TenantView> acted(Tenant tenant) {
        return ETags.ok(views.view(tenant), tenant.getVersion());
    }

    private PageView<TenantView> viewsOf(PageView<Tenant> page) {
        return new PageView<>(views.views(page.items()), page.page(), page.size(), page.totalItems());
    }
}
