package com.dezky.model.user;

/** What {@code GET /me} answers: the caller's own user record. */
public record MeView(UserView user) {
}
