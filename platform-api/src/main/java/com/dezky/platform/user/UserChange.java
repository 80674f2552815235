package com.dezky.platform.user;

/** The kinds of change a user goes through, each with its audit action. */
public enum UserChange {

    INVITED_AS_OPERATOR("platform.user_invited"),
    INVITED_AS_MEMBER("tenant.member_invited"),
    DEACTIVATED("platform.user_deactivated"),
    REMOVED_FROM_TENANT("tenant.member_deactivated");

    private final String action;

    UserChange(String action) {
        this.action = action;
    }

    public String action() {
        return action;
    }
}
