package com.dezky.bff;

import jakarta.servlet.http.HttpSession;

/**
 * Which sessions belong to which identity-provider session ({@code sid}) and user ({@code sub}),
 * so that a back-channel logout (SECURITY.md O5) ends every one of them, on every replica.
 */
interface SignedInSessions {

    /** Recorded at sign-in. */
    void signedIn(HttpSession session, String sid, String sub);

    /** Ends every session of the IdP session {@code sid} (when given) and of the user {@code sub} (when given); answers how many. */
    int end(String sid, String sub);
}
