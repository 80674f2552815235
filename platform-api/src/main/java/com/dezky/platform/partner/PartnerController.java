package com.dezky.platform.partner;

import com.dezky.model.PageView;
import com.dezky.model.partner.CreatePartnerRequest;
import com.dezky.model.partner.PartnerStatus;
import com.dezky.model.partner.PartnerView;
import com.dezky.platform.web.ETags;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
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

/** Partners (operator-only, see the access policy). */
@RestController
class PartnerController {

    private final PartnerService partners;
    private final PartnerViews views;

    PartnerController(PartnerService partners, PartnerViews views) {
        this.partners = partners;
        this.views = views;
    }

    @GetMapping("/partners")
    PageView<PartnerView> list(@RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(required = false) PartnerStatus status,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "25") @Min(1) @Max(200) int size) {
        return views.views(partners.list(q, status, page, size));
    }

    @PostMapping("/partners")
    ResponseEntity<PartnerView> create(@Valid @RequestBody CreatePartnerRequest request) {
        Partner partner = partners.create(request);
        return ResponseEntity.created(URI.create("/partners/" + partner.getSlug()))
                .eTag(ETags.of(partner.getVersion())).body(views.view(partner));
    }

    @GetMapping("/partners/{slug}")
    ResponseEntity<PartnerView> get(@PathVariable String slug) {
        Partner partner = partners.get(slug);
        return ETags.ok(views.view(partner), partner.getVersion());
    }

    /** A JSON merge patch of the fields of the create request; a field set to null is removed. */
    @PatchMapping(path = "/partners/{slug}", consumes = {"application/merge-patch+json", "application/json"})
    ResponseEntity<PartnerView> patch(@PathVariable String slug,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = "application/merge-patch+json", schema = @Schema(implementation = CreatePartnerRequest.class)))
            @RequestBody JsonNode patch) {
        Partner partner = partners.patch(slug, ifMatch, patch);
        return ETags.ok(views.view(partner), partner.getVersion());
    }

    /** Terminates the partnership; the partner is kept for history. */
    @DeleteMapping("/partners/{slug}")
    ResponseEntity<PartnerView> terminate(@PathVariable String slug,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Partner partner = partners.terminate(slug, ifMatch);
        return ETags.ok(views.view(partner), partner.getVersion());
    }
}
