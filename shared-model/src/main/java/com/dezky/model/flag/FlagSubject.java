package com.dezky.model.flag;

/**
 * What a flag is evaluated for: one tenant, as the server knows it (plan and partner are
 * looked up, never taken from a caller), in the deployment's environment.
 *
 * @param tenantId    the stable id the rollout bucket is computed from
 * @param partnerSlug null for a tenant without a partner
 */
public record FlagSubject(String tenantId, String tenantSlug, String plan, String partnerSlug, String environment) {
}
