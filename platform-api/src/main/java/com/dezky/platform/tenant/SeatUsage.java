package com.dezky.platform.tenant;

/** How many seats a tenant uses; implemented by the user module, which knows its members. */
public interface SeatUsage {

    /** Members of the tenant who are not deactivated. */
    long activeMembers(String slug);
}
