package com.dezky.devstack;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Who a username becomes at the dev identity provider. The rules are documented in the README
 * and on the login page:
 * <ul>
 * <li>operator issuer: a username ending in {@code @dezky.com} is a platform admin (group
 * {@code dezky-platform-admins}); any other username is a user without that group;</li>
 * <li>portal issuer: the documented demo users below belong to the seeded demo tenants through
 * their tenant groups; any other username belongs to no tenant.</li>
 * </ul>
 */
final class DevUsers {

    static final String OPERATOR_ISSUER = "dezky-operator";
    static final String PORTAL_ISSUER = "dezky-portal";
    static final Set<String> ISSUERS = Set.of(OPERATOR_ISSUER, PORTAL_ISSUER);

    private static final String STAFF_DOMAIN = "@dezky.com";
    private static final String PLATFORM_ADMINS = "dezky-platform-admins";

    /** Examples offered as one-click sign-ins on the login page. */
    record Example(String issuer, String username, String description) {
    }

    /** Portal users' tenant groups, matching the platform's local demo tenants. */
    private static final Map<String, List<String>> PORTAL_GROUPS = Map.of(
            "pat@example.com", List.of("dezky-tenant-bergmann-logistik"),
            "alex@example.com", List.of("dezky-tenant-kessler-architekten-admins"),
            "sam@example.com", List.of("dezky-tenant-kessler-architekten"));

    private final List<Example> examples;

    private DevUsers(List<Example> examples) {
        this.examples = examples;
    }

    static DevUsers standard() {
        return new DevUsers(List.of(
                new Example(OPERATOR_ISSUER, "ada@dezky.com", "Dezky operator, platform admin"),
                new Example(OPERATOR_ISSUER, "grace@dezky.com", "Dezky operator, platform admin"),
                new Example(OPERATOR_ISSUER, "mallory@example.com", "not staff: signs in, but operator-only calls answer 403"),
                new Example(PORTAL_ISSUER, "pat@example.com", "member of Bergmann Logistik"),
                new Example(PORTAL_ISSUER, "alex@example.com", "admin of Kessler Architekten"),
                new Example(PORTAL_ISSUER, "sam@example.com", "member of Kessler Architekten"),
                new Example(PORTAL_ISSUER, "nora@example.com", "belongs to no tenant")));
    }

    List<Example> examples() {
        return examples;
    }

    /** The claims a token of this issuer carries for this username. */
    Map<String, Object> claimsFor(String issuer, String username) {
        String normalized = username.strip().toLowerCase(Locale.ROOT);
        boolean admin = OPERATOR_ISSUER.equals(issuer) && normalized.endsWith(STAFF_DOMAIN);
        Map<String, Object> claims = new java.util.LinkedHashMap<>();
        if (normalized.contains("@")) {
            claims.put("email", normalized);
            claims.put("email_verified", true);
        }
        claims.put("name", displayName(normalized));
        claims.put("preferred_username", normalized);
        claims.put("groups", admin ? List.of(PLATFORM_ADMINS)
                : PORTAL_ISSUER.equals(issuer) ? PORTAL_GROUPS.getOrDefault(normalized, List.of()) : List.of());
        // As authentik's operator flow, which ends with an authenticator validation stage: no password
        // and no second factor are asked here (a sandbox), but the sign-in says one was used.
        claims.put("amr", OPERATOR_ISSUER.equals(issuer) ? List.of("pwd", "mfa") : List.of("pwd"));
        return claims;
    }

    /** The groups claim of claims made by {@link #claimsFor}. */
    @SuppressWarnings("unchecked")
    static List<String> groupsOf(Map<String, Object> claims) {
        return (List<String>) claims.getOrDefault("groups", List.of());
    }

    /** "ada.lovelace@dezky.com" becomes "Ada Lovelace". */
    static String displayName(String username) {
        String local = username.contains("@") ? username.substring(0, username.indexOf('@')) : username;
        return Stream.of(local.split("[._-]+"))
                .filter(part -> !part.isEmpty())
                .map(part -> Character.toUpperCase(part.charAt(0)) + part.substring(1))
                .collect(Collectors.joining(" "));
    }
}
