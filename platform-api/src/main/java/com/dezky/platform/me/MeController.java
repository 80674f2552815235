package com.dezky.platform.me;

import com.dezky.model.tenant.TenantStatus;
import com.dezky.model.user.MeView;
import com.dezky.platform.membership.Memberships;
import com.dezky.platform.security.Caller;
import com.dezky.platform.security.CallerAuthentication;
import com.dezky.platform.tenant.TenantDirectory;
import com.dezky.platform.user.UserAccount;
import com.dezky.platform.user.UserAccounts;
import java.util.List;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MeController {

    private final UserAccounts users;
    private final Memberships memberships;
    private final TenantDirectory tenants;

    MeController(UserAccounts users, Memberships memberships, TenantDirectory tenants) {
        this.users = users;
        this.memberships = memberships;
        this.tenants = tenants;
    }

    /** Created on first sight and refreshed from the token on every call. A group of a tenant that does not exist is left out. */
    @GetMapping("/me")
    MeView me(CallerAuthentication authentication) {
        Caller caller = authentication.caller();
        UserAccount account = users.recordSignIn(caller);
        List<MeView.MyTenant> mine = memberships.tenantsOf(caller).stream().map(tenants::find).flatMap(Optional::stream)
                .map(tenant -> new MeView.MyTenant(tenant.getSlug(), tenant.getName(), tenant.getStatus(),
                        tenant.getPlan(), tenant.getSeatCap(), users.activeMembers(tenant.getSlug()),
                        memberships.isAdmin(caller, tenant.getSlug()), tenant.getSuspendedReason(),
                        tenant.getStatus() == TenantStatus.DELETED ? tenant.getPurgeAfter() : null))
                .toList();
        return new MeView(users.view(account), mine);
    }
}
