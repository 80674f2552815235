package com.dezky.model.flag;

import com.dezky.model.Patterns;
import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * Whom a targeted or rolled-out flag is for. Each axis is an allowlist; an empty axis does not
 * restrict. {@code environments} is matched against the deployment's own environment.
 */
public record FlagScope(
        @Size(max = 50) Set<@Pattern(regexp = "^[a-z][a-z0-9-]{1,39}$", message = "must be a plan key") String> plans,
        @Size(max = 10_000) Set<@Pattern(regexp = Patterns.SLUG, message = "must be a tenant slug") String> tenantSlugs,
        @Size(max = 1_000) Set<@Pattern(regexp = Patterns.SLUG, message = "must be a partner slug") String> partnerSlugs,
        @Size(max = 20) Set<@Pattern(regexp = "^[a-z0-9-]{1,40}$", message = "must be an environment name") String> environments) {

    public static final FlagScope EVERYONE = new FlagScope(Set.of(), Set.of(), Set.of(), Set.of());

    public FlagScope {
        plans = plans == null ? Set.of() : Set.copyOf(plans);
        tenantSlugs = tenantSlugs == null ? Set.of() : Set.copyOf(tenantSlugs);
        partnerSlugs = partnerSlugs == null ? Set.of() : Set.copyOf(partnerSlugs);
        environments = environments == null ? Set.of() : Set.copyOf(environments);
    }

    @JsonIgnore
    public boolean isEmpty() {
        return plans.isEmpty() && tenantSlugs.isEmpty() && partnerSlugs.isEmpty() && environments.isEmpty();
    }

    /** Every non-empty axis allows the tenant (an empty scope allows everyone). */
    public boolean matches(FlagSubject subject) {
        return allows(plans, subject.plan()) && allows(tenantSlugs, subject.tenantSlug())
                && allows(partnerSlugs, subject.partnerSlug()) && allows(environments, subject.environment());
    }

    private static boolean allows(Set<String> allowlist, String value) {
        return allowlist.isEmpty() || (value != null && allowlist.contains(value));
    }
}
