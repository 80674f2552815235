package com.dezky.bff;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session once its absolute lifetime is over, however active it is (S4). The idle
 * timeout is the container's session timeout. A session is created when sign-in starts (it
 * holds the authorization request), so its creation time is the sign-in time.
 */
final class SessionLifetimeFilter extends OncePerRequestFilter {

    private final Duration absoluteLifetime;
    private final Clock clock;

    SessionLifetimeFilter(Duration absoluteLifetime, Clock clock) {
        this.absoluteLifetime = absoluteLifetime;
        this.clock = clock;
    }

    static Instant expiresAt(HttpSession session, Duration absoluteLifetime) {
        Instant absolute = Instant.ofEpochMilli(session.getCreationTime()).plus(absoluteLifetime);
        if (session.getMaxInactiveInterval() <= 0) {
            return absolute;
        }
        Instant idle = Instant.ofEpochMilli(session.getLastAccessedTime()).plusSeconds(session.getMaxInactiveInterval());
        return idle.isBefore(absolute) ? idle : absolute;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            Instant signedInAt = Instant.ofEpochMilli(session.getCreationTime());
            if (!clock.instant().isBefore(signedInAt.plus(absoluteLifetime))) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }
}
