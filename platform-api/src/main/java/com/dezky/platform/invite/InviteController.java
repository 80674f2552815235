package com.dezky.platform.invite;

import com.dezky.model.user.InviteRequest;
import com.dezky.model.user.InviteResult;
import com.dezky.model.user.OperatorInvitePolicy;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Invitations. Who may invite is decided by the access policy, before the body is read. */
@RestController
class InviteController {

    private final Invitations invitations;

    InviteController(Invitations invitations) {
        this.invitations = invitations;
    }

    /** A new operator (platform admin). */
    @PostMapping("/users/invite")
    @ResponseStatus(HttpStatus.CREATED)
    InviteResult inviteOperator(@Valid @RequestBody InviteRequest request) {
        return invitations.inviteOperator(request);
    }

    /** Who can be invited as an operator, for the invite dialog to say so before sending. */
    @GetMapping("/users/invite-policy")
    OperatorInvitePolicy operatorInvitePolicy() {
        return invitations.operatorPolicy();
    }

    /** A new member of a tenant: operators, and portal users who administer that tenant. */
    @PostMapping("/tenants/{slug}/members/invite")
    @ResponseStatus(HttpStatus.CREATED)
    InviteResult inviteMember(@PathVariable String slug, @Valid @RequestBody InviteRequest request) {
        return invitations.inviteMember(slug, request);
    }
}
