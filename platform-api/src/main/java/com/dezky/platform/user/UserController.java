package com.dezky.platform.user;

import com.dezky.model.PageView;
import com.dezky.model.user.UserView;
import com.dezky.platform.membership.Memberships;
import com.dezky.platform.security.Caller;
import com.dezky.platform.security.CallerAuthentication;
import com.dezky.platform.tenant.TenantService;
import com.dezky.platform.web.ApiProblem;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class UserController {

    private final UserService users;
    private final TenantService tenants;
    private final Memberships memberships;

    UserController(UserService users, TenantService tenants, Memberships memberships) {
        this.users = users;
        this.tenants = tenants;
        this.memberships = memberships;
    }

    /**
     * All users, most recently seen first (operator-only). {@code view}: {@code all},
     * {@code admins} (platform admins) or {@code inactive} (no sign-in for 30 days).
     */
    @GetMapping("/users")
    PageView<UserView> users(
            @RequestParam(defaultValue = "all") String view,
            @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        UserService.View parsed = switch (view.toLowerCase(Locale.ROOT)) {
            case "all" -> UserService.View.ALL;
            case "admins" -> UserService.View.ADMINS;
            case "inactive" -> UserService.View.INACTIVE;
            default -> throw ApiProblem.invalid("view", "must be all, admins or inactive");
        };
        return users.list(parsed, q, page, size);
    }

    /**
     * Deactivates a user: in authentik (they cannot sign in any more) and here. Operator-only;
     * nobody deactivates themselves, so an operator cannot lock the last door by accident.
     */
    @PostMapping("/users/{id}/deactivate")
    UserView deactivate(@PathVariable String id, CallerAuthentication authentication) {
        return users.deactivate(id, authentication.caller());
    }

    /**
     * Takes a member out of a tenant: operators, and portal admins of that tenant (checked before
     * anything else). They leave the tenant's groups in authentik and here; someone left in no
     * tenant at all is deactivated. Nobody removes themselves.
     */
    @PostMapping("/tenants/{slug}/members/{id}/deactivate")
    UserView deactivateMember(@PathVariable String slug, @PathVariable String id, CallerAuthentication authentication) {
        Caller caller = authentication.caller();
        if (!memberships.administers(caller, slug)) {
            throw ApiProblem.forbidden("Only operators and admins of this tenant can deactivate members.");
        }
        tenants.get(slug);
        return users.removeFromTenant(slug, id, caller);
    }

    /** A tenant's members: for platform admins, and for portal users who belong to the tenant. */
    @GetMapping("/tenants/{slug}/users")
    PageView<UserView> members(@PathVariable String slug, CallerAuthentication authentication,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        tenants.requireReadable(authentication.caller(), slug);
        return users.members(slug, page, size);
    }
}
