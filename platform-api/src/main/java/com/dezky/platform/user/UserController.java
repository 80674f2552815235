package com.dezky.platform.user;

import com.dezky.model.PageView;
import com.dezky.model.user.UserView;
import com.dezky.platform.membership.Memberships;
import com.dezky.platform.security.CallerAuthentication;
import com.dezky.platform.web.ApiProblem;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Users and tenants' members. Who may call what is decided by the access policy. */
@RestController
class UserController {

    /** Users without a sign-in for this long are listed as inactive. */
    static final Duration INACTIVE_AFTER = Duration.ofDays(30);

    private final Users users;
    private final UserAccounts accounts;
    private final UserAdministration administration;
    private final Memberships memberships;
    private final Clock clock;

    UserController(Users users, UserAccounts accounts, UserAdministration administration, Memberships memberships,
            Clock clock) {
        this.users = users;
        this.accounts = accounts;
        this.administration = administration;
        this.memberships = memberships;
        this.clock = clock;
    }

    /**
     * All users, most recently seen first. {@code view}: {@code all}, {@code admins} (platform
     * admins) or {@code inactive} (no sign-in for 30 days).
     */
    @GetMapping("/users")
    PageView<UserView> users(
            @RequestParam(defaultValue = "all") String view,
            @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        UserQueries.View parsed = switch (view.toLowerCase(Locale.ROOT)) {
            case "all" -> UserQueries.View.ALL;
            case "admins" -> UserQueries.View.ADMINS;
            case "inactive" -> UserQueries.View.INACTIVE;
            default -> throw ApiProblem.invalid("view", "must be all, admins or inactive");
        };
        return views(users.list(parsed, clock.instant().minus(INACTIVE_AFTER), q, page, size));
    }

    /** Deactivates a user in authentik (they cannot sign in any more) and here; never yourself. */
    @PostMapping("/users/{id}/deactivate")
    UserView deactivate(@PathVariable String id, CallerAuthentication authentication) {
        return accounts.view(administration.deactivate(id, authentication.caller()));
    }

    /** Takes a member out of a tenant; someone left in no tenant at all is deactivated. Never yourself. */
    @PostMapping("/tenants/{slug}/members/{id}/deactivate")
    UserView deactivateMember(@PathVariable String slug, @PathVariable String id, CallerAuthentication authentication) {
        return accounts.view(administration.removeFromTenant(slug, id, authentication.caller()));
    }

    /** A tenant's members, through its groups or explicit membership, most recently seen first. */
    @GetMapping("/tenants/{slug}/users")
    PageView<UserView> members(@PathVariable String slug,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return views(users.members(UserAccounts.tenantGroups(slug), memberships.explicitMembersOf(slug), page, size));
    }

    private PageView<UserView> views(PageView<UserAccount> page) {
        return new PageView<>(accounts.views(page.items()), page.page(), page.size(), page.totalItems());
    }
}
