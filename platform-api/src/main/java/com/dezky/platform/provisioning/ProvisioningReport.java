package com.dezky.platform.provisioning;

/** What provisioning tells the audit trail, each with its action. */
public enum ProvisioningReport {

    /** An integration was brought in line (with what changed). */
    PROVISIONED("tenant.provisioned"),
    FAILED("tenant.provisioning_failed"),
    /** An integration's objects were removed for a purge. */
    UPSTREAM_PURGED("tenant.upstream_purged");

    private final String action;

    ProvisioningReport(String action) {
        this.action = action;
    }

    public String action() {
        return action;
    }
}
