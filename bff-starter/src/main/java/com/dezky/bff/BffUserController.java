package com.dezky.bff;

import com.dezky.model.Groups;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who is signed in, for the SPA: claims only, never a token (S6, T1). */
@RestController
class BffUserController {

    /** What the SPA sees of its session. {@code logoutUrl} is to be POSTed with {@code X-CSRF: 1}. */
    record BffUser(String name, String email, List<String> groups, boolean platformAdmin,
            Instant sessionExpiresAt, String logoutUrl) {
    }

    private final BffProperties properties;

    BffUserController(BffProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/bff/user")
    ResponseEntity<BffUser> user(@AuthenticationPrincipal OidcUser user, HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        List<String> groups = user.getClaimAsStringList("groups") != null
                ? List.copyOf(user.getClaimAsStringList("groups")) : List.of();
        String name = user.getFullName() != null ? user.getFullName() : user.getEmail();
        BffUser body = new BffUser(name, user.getEmail(), groups, groups.contains(Groups.PLATFORM_ADMINS),
                session != null ? SessionLifetimeFilter.expiresAt(session, properties.absoluteLifetime()) : null,
                "/bff/logout");
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
    }
}
