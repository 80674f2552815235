package com.dezky.bff;

import com.dezky.model.SecondFactors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.DefaultSavedRequest;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * After sign-in, records the session for back-channel logout and returns the browser to the page
 * it asked for, as a relative path on this host only: never an absolute URL, never {@code //host}
 * (SECURITY.md O3).
 */
final class SignInSuccessHandler implements AuthenticationSuccessHandler {

    private final RequestCache requestCache;
    private final BffMetrics metrics;
    private final SignedInSessions sessions;
    private final boolean requireSecondFactor;
    private final BffProblems problems;

    SignInSuccessHandler(RequestCache requestCache, BffMetrics metrics, SignedInSessions sessions,
            boolean requireSecondFactor, BffProblems problems) {
        this.requestCache = requestCache;
        this.metrics = metrics;
        this.sessions = sessions;
        this.requireSecondFactor = requireSecondFactor;
        this.problems = problems;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException {
        if (requireSecondFactor && !(authentication.getPrincipal() instanceof OidcUser signedIn
                && SecondFactors.used(signedIn.getIdToken().getAuthenticationMethods()))) {
            // The identity provider let a sign-in through without one: it does not become a session here.
            metrics.signInFailed();
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            problems.write(request, response, HttpStatus.FORBIDDEN, "second-factor-required",
                    "This portal needs a sign-in with a second factor (an authenticator app or a security key).");
            return;
        }
        metrics.signedIn();
        // Under the session id it has after sign-in (changed on it, S3), for back-channel logout (O5).
        if (authentication.getPrincipal() instanceof OidcUser user) {
            sessions.signedIn(request.getSession(), user.getIdToken().getClaimAsString("sid"), user.getSubject());
        }
        SavedRequest saved = requestCache.getRequest(request, response);
        requestCache.removeRequest(request, response);
        String target = saved instanceof DefaultSavedRequest page ? localPath(page) : "/";
        response.sendRedirect(target);
    }

    static String localPath(DefaultSavedRequest page) {
        String path = page.getRequestURI();
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")) {
            return "/";
        }
        return page.getQueryString() == null ? path : path + "?" + page.getQueryString();
    }
}
