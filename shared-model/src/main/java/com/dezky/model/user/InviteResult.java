package com.dezky.model.user;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * An invited user and exactly one credential to hand over: a one-time recovery {@code link}
 * where the identity provider has a recovery flow, else a {@code tempPassword} to change at
 * first sign-in. {@code subject} is what their tokens will carry as {@code sub}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InviteResult(String subject, String userId, String username, @Nullable String link, @Nullable String tempPassword) {

    public InviteResult {
        if ((link == null) == (tempPassword == null)) {
            throw new IllegalArgumentException("exactly one of link and tempPassword");
        }
    }
}
