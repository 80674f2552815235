package com.dezky.platform.me;

import com.dezky.model.user.MeView;
import com.dezky.platform.membership.Memberships;
import com.dezky.platform.security.Caller;
import com.dezky.platform.security.CallerAuthentication;
import com.dezky.platform.tenant.Tenant;
import com.dezky.platform.tenant.TenantService;
import com.dezky.platform.tenant.TenantStatus;
import com.dezky.platform.user.UserAccount;
import com.dezky.platform.user.UserService;
import com.dezky.platform.web.ApiProblem;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own record and tenants: the customer portal's home. */
@RestController
class MeController {

    private final UserService users;
    private final Memberships memberships;
    private final TenantService tenants;

    MeController(UserService users, Memberships memberships, TenantService tenants) {
        this.users = users;
        this.memberships = memberships;
        this.tenants = tenants;
    }

    /** Created on first sight and refreshed from the token on every call. */
    @GetMapping("/me")
    MeView me(CallerAuthentication authentication) {
        Caller caller = authentication.caller();
        UserAccount account = users.recordSignIn(caller);
        List<MeView.MyTenant> mine = new ArrayList<>();
        for (String slug : memberships.tenantsOf(caller)) {
            Tenant tenant;
            try {
                tenant = tenants.get(slug);
            } catch (ApiProblem gone) {
                continue; // a group for a tenant that does not (or no longer) exist
            }
            mine.add(new MeView.MyTenant(tenant.getSlug(), tenant.getName(), tenant.getStatus().wire(),
                    tenant.getPlan(), tenant.getSeatCap(), users.memberCount(slug),
                    memberships.isAdmin(caller, slug), tenant.getSuspendedReason(),
                    tenant.getStatus() == TenantStatus.DELETED ? tenant.getPurgeAfter() : null));
        }
        return new MeView(users.view(account), mine);
    }
}
