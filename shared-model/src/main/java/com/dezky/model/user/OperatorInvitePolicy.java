package com.dezky.model.user;

import java.util.List;

/**
 * Who can be invited as an operator: only addresses at these domains (an operator sees every
 * tenant, so a typo or a private address must not become one).
 */
public record OperatorInvitePolicy(List<String> emailDomains) {

    public OperatorInvitePolicy {
        emailDomains = List.copyOf(emailDomains);
    }
}
