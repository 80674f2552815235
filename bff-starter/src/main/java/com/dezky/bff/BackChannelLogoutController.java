package com.dezky.bff;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * OpenID Connect Back-Channel Logout (SECURITY.md O5): the identity provider POSTs a signed
 * logout token here when a user signs out there or is deactivated, and every session of that
 * IdP session or user ends, on every replica. A server-to-server call: no session, no X-CSRF; the
 * token's signature is the authentication.
 */
@RestController
class BackChannelLogoutController {

    static final String PATH = "/bff/backchannel-logout";
    private static final Logger log = LoggerFactory.getLogger(BackChannelLogoutController.class);

    private final ClientRegistrationRepository registrations;
    private final BffProperties properties;
    private final SignedInSessions sessions;
    private volatile LogoutTokens tokens;

    BackChannelLogoutController(ClientRegistrationRepository registrations, BffProperties properties,
            SignedInSessions sessions) {
        this.registrations = registrations;
        this.properties = properties;
        this.sessions = sessions;
    }

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<?> logout(@RequestParam(name = "logout_token", required = false) String token,
            HttpServletRequest request) {
        if (token == null || token.isBlank()) {
            return invalid(request, "logout_token is missing");
        }
        LogoutTokens.Logout logout;
        try {
            logout = tokens().read(token);
        } catch (JwtException e) {
            return invalid(request, e.getMessage());
        }
        int ended = sessions.end(logout.sid(), logout.sub());
        log.info("Back-channel logout (sid {}, sub {}) ended {} session(s)", logout.sid(), logout.sub(), ended);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).build();
    }

    private LogoutTokens tokens() {
        if (tokens == null) {
            tokens = new LogoutTokens(registrations.findByRegistrationId(properties.registrationId()), Clock.systemUTC());
        }
        return tokens;
    }

    /** The spec's {@code error: invalid_request}, inside the problem document every 4xx here is. */
    private static ResponseEntity<ProblemDetail> invalid(HttpServletRequest request, String reason) {
        ProblemDetail problem = BffProblems.problem(request, HttpStatus.BAD_REQUEST, "invalid-logout-token", reason);
        problem.setProperty("error", "invalid_request");
        problem.setInstance(URI.create(PATH));
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .cacheControl(CacheControl.noStore()).body(problem);
    }
}
