package com.dezky.bff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.DefaultSavedRequest;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * After sign-in, returns the browser to the page it asked for, as a relative path on this host
 * only: never an absolute URL, never {@code //host} (SECURITY.md O3).
 */
final class SignInSuccessHandler implements AuthenticationSuccessHandler {

    private final RequestCache requestCache;
    private final BffMetrics metrics;

    SignInSuccessHandler(RequestCache requestCache, BffMetrics metrics) {
        this.requestCache = requestCache;
        this.metrics = metrics;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException {
        metrics.signedIn();
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
