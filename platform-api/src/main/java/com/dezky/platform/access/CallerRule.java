package com.dezky.platform.access;

import com.dezky.platform.security.Caller;
import com.dezky.platform.security.CallerAuthentication;
import java.util.function.BiPredicate;
import java.util.function.Supplier;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * One request rule: a decision of the policy about the caller and the request's path variables,
 * and the sentence a refused caller is told. Every rule first refuses a caller whose account is
 * deactivated here.
 */
final class CallerRule implements AuthorizationManager<RequestAuthorizationContext> {

    /** A refusal that says why; the forbidden handler puts the reason into the problem document. */
    static final class Refusal extends AuthorizationDecision {

        private final String reason;

        Refusal(String reason) {
            super(false);
            this.reason = reason;
        }

        String reason() {
            return reason;
        }
    }

    static final String DEACTIVATED = "Your account is deactivated. An operator or an admin of your tenant can reactivate it.";
    static final String SECOND_FACTOR = "Operators must sign in with a second factor (an authenticator app or a security key). Sign out and sign in again.";

    private final AccessPolicy policy;
    private final BiPredicate<Caller, RequestAuthorizationContext> allows;
    private final String refusal;

    private CallerRule(AccessPolicy policy, BiPredicate<Caller, RequestAuthorizationContext> allows, String refusal) {
        this.policy = policy;
        this.allows = allows;
        this.refusal = refusal;
    }

    static CallerRule of(AccessPolicy policy, BiPredicate<Caller, RequestAuthorizationContext> allows, String refusal) {
        return new CallerRule(policy, allows, refusal);
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
            RequestAuthorizationContext request) {
        if (!(authentication.get() instanceof CallerAuthentication caller)) {
            return new Refusal(refusal);
        }
        if (!policy.active(caller.caller())) {
            return new Refusal(DEACTIVATED);
        }
        if (policy.lacksSecondFactor(caller.caller()) && !allows.test(caller.caller(), request)) {
            return new Refusal(SECOND_FACTOR);
        }
        return allows.test(caller.caller(), request) ? new AuthorizationDecision(true) : new Refusal(refusal);
    }
}
