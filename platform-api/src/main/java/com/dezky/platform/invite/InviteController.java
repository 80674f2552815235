package com.dezky.platform.invite;

import com.dezky.model.user.InviteRequest;
import com.dezky.model.user.InviteResult;
import com.dezky.platform.membership.Memberships;
import com.dezky.platform.security.Caller;
import com.dezky.platform.security.CallerAuthentication;
import com.dezky.platform.tenant.TenantService;
import com.dezky.platform.web.ApiProblem;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class InviteController {

    private final Invitations invitations;
    private final TenantService tenants;
    private final Memberships memberships;
    private final Validator validator;

    InviteController(Invitations invitations, TenantService tenants, Memberships memberships, Validator validator) {
        this.invitations = invitations;
        this.tenants = tenants;
        this.memberships = memberships;
        this.validator = validator;
    }

    /** A new operator (platform admin); operator-only by the security configuration. */
    @PostMapping("/users/invite")
    @ResponseStatus(HttpStatus.CREATED)
    InviteResult inviteOperator(@Valid @RequestBody InviteRequest request) {
        return invitations.inviteOperator(request);
    }

    /**
     * A new member of a tenant: operators, and portal users who administer that tenant. Who may
     * is decided before the body is looked at, so that others learn nothing from validation.
     */
    @PostMapping("/tenants/{slug}/members/invite")
    @ResponseStatus(HttpStatus.CREATED)
    InviteResult inviteMember(@PathVariable String slug, @RequestBody InviteRequest request,
            CallerAuthentication authentication) {
        Caller caller = authentication.caller();
        if (!memberships.administers(caller, slug)) {
            throw ApiProblem.forbidden("Only operators and admins of this tenant can invite members.");
        }
        List<ApiProblem.FieldError> errors = validator.validate(request).stream()
                .map(v -> new ApiProblem.FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(java.util.Comparator.comparing(ApiProblem.FieldError::field)).toList();
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        tenants.get(slug);
        return invitations.inviteMember(slug, request);
    }
}
