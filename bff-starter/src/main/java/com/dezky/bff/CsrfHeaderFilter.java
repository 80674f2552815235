package com.dezky.bff;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * CSRF defence of the BFF (SECURITY.md S2): every {@code /api/**} and {@code /bff/**} request,
 * GET included, must carry {@code X-CSRF: 1}. A cross-origin page cannot add a custom header
 * without a CORS preflight, and the BFF allows no foreign origin, so only the SPA can call.
 */
final class CsrfHeaderFilter extends OncePerRequestFilter {

    static final String HEADER = "X-CSRF";

    private final BffProblems problems;

    CsrfHeaderFilter(BffProblems problems) {
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // The back-channel logout comes from the identity provider's server, never from a browser.
        return !BffPaths.API_OR_BFF.matches(request) || BackChannelLogoutController.PATH.equals(request.getServletPath());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!"1".equals(request.getHeader(HEADER))) {
            problems.write(request, response, HttpStatus.FORBIDDEN, "csrf-header-missing",
                    "Requests to this path must carry the header X-CSRF: 1.");
            return;
        }
        chain.doFilter(request, response);
    }
}
