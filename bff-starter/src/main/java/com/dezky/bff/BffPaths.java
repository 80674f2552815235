package com.dezky.bff;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/** The BFF's machine endpoints, as opposed to HTML navigations of the SPA. */
final class BffPaths {

    static final String API = "/api/**";
    static final String BFF = "/bff/**";

    /** Requests the SPA makes with fetch: never redirected to sign in, always CSRF-header checked. */
    static final RequestMatcher API_OR_BFF = new OrRequestMatcher(pathPattern(API), pathPattern(BFF));

    private BffPaths() {
    }
}
