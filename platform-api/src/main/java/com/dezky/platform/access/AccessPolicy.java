package com.dezky.platform.access;

import com.dezky.model.Audience;
import com.dezky.platform.membership.Memberships;
import com.dezky.platform.security.Caller;
import com.dezky.platform.security.DeactivatedAccounts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The rules of who may do what. Operators are platform admins holding an operator token; portal
 * users reach only the tenants they belong to, and administer only those they are admins of.
 * An operator token's groups say nothing about the portal, and a portal token never makes anyone
 * an operator, whatever groups it carries. Nobody whose account is deactivated here gets anything.
 */
@Component
public class AccessPolicy {

    private final Memberships memberships;
    private final DeactivatedAccounts deactivated;
    private final boolean operatorsNeedSecondFactor;

    AccessPolicy(Memberships memberships, DeactivatedAccounts deactivated,
            @Value("${dezky.operator.require-mfa:true}") boolean operatorsNeedSecondFactor) {
        this.memberships = memberships;
        this.deactivated = deactivated;
        this.operatorsNeedSecondFactor = operatorsNeedSecondFactor;
    }

    /** Whether the caller's account is active here: a deactivated one is refused everything, whatever its token says. */
    public boolean active(Caller caller) {
        return !deactivated.isDeactivated(caller.issuer(), caller.subject());
    }

    /**
     * A Dezky operator: a token of the operator client AND a platform admin AND, where required
     * ({@code dezky.operator.require-mfa}, on by default), signed in with a second factor.
     */
    public boolean operator(Caller caller) {
        return caller.isOperator() && (!operatorsNeedSecondFactor || caller.usedSecondFactor());
    }

    /** Whether an operator token lacks the second factor this deployment requires of operators. */
    boolean lacksSecondFactor(Caller caller) {
        return operatorsNeedSecondFactor && caller.isOperator() && !caller.usedSecondFactor();
    }

    /** Reading one tenant and its members: operators, and the tenant's own portal users. */
    public boolean readsTenant(Caller caller, String slug) {
        return operator(caller) || (caller.client() == Audience.PORTAL && memberships.isMember(caller, slug));
    }

    /** Inviting and removing a tenant's members: operators, and the tenant's portal admins. */
    public boolean administersTenant(Caller caller, String slug) {
        return operator(caller) || (caller.client() == Audience.PORTAL && memberships.isAdmin(caller, slug));
    }
}
