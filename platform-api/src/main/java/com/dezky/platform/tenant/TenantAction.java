package com.dezky.platform.tenant;

import java.util.Locale;

/** The lifecycle actions an operator can take on a tenant. */
enum TenantAction {

    SUSPEND, RESUME, DELETE, RESTORE;

    String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
