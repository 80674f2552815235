package com.dezky.platform.security;

import com.dezky.model.Audience;
import com.dezky.model.Groups;
import com.dezky.model.SecondFactors;
import java.util.List;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The authenticated caller of a request, read from its validated access token.
 *
 * @param client                the client the token was issued to (from the issuer it was validated against)
 * @param authenticationMethods the token's {@code amr} (RFC 8176): how the caller signed in
 */
public record Caller(String issuer, String subject, String email, String name, List<String> groups, Audience client,
        List<String> authenticationMethods) {

    /** Whether the caller signed in with a second factor. */
    public boolean usedSecondFactor() {
        return SecondFactors.used(authenticationMethods);
    }

    public boolean platformAdmin() {
        return groups.contains(Groups.PLATFORM_ADMINS);
    }

    /** A Dezky operator: a token of the operator client AND a platform admin (SECURITY.md R3). */
    public boolean isOperator() {
        return client == Audience.OPERATOR && platformAdmin();
    }

    static Caller of(Jwt jwt, Audience client) {
        List<String> groups = jwt.getClaimAsStringList("groups");
        String email = jwt.getClaimAsString("email");
        String name = jwt.getClaimAsString("name");
        return new Caller(
                jwt.getIssuer().toString(),
                jwt.getSubject(),
                email,
                name != null ? name : email,
                groups != null ? List.copyOf(groups) : List.of(),
                client,
                jwt.hasClaim("amr") && jwt.getClaimAsStringList("amr") != null
                        ? List.copyOf(jwt.getClaimAsStringList("amr")) : List.of());
    }
}
