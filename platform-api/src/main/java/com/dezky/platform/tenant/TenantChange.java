package com.dezky.platform.tenant;

import com.dezky.model.tenant.TenantAction;

/** The kinds of change a tenant goes through, each with its audit action. */
public enum TenantChange {

    CREATED("tenant.created", true),
    UPDATED("tenant.updated", true),
    SUSPENDED("tenant.suspended", true),
    RESUMED("tenant.resumed", true),
    DELETED("tenant.deleted", true),
    RESTORED("tenant.restored", true),
    /** An operator asked for the upstreams to be brought in line again. */
    RECONCILE_REQUESTED("tenant.reconcile_requested", true),
    /** Every integration provisioned: pending became active. */
    ACTIVATED("tenant.activated", false),
    /** Past its grace period, its upstream objects gone, removed for good. */
    PURGED("tenant.purged", false);

    private final String action;
    private final boolean reachesUpstreams;

    TenantChange(String action, boolean reachesUpstreams) {
        this.action = action;
        this.reachesUpstreams = reachesUpstreams;
    }

    public String action() {
        return action;
    }

    /** Whether the upstreams must be brought in line with the tenant after this change. */
    public boolean reachesUpstreams() {
        return reachesUpstreams;
    }

    static TenantChange of(TenantAction action) {
        return switch (action) {
            case SUSPEND -> SUSPENDED;
            case RESUME -> RESUMED;
            case DELETE -> DELETED;
            case RESTORE -> RESTORED;
        };
    }
}
