package com.dezky.platform.partner;

/** The kinds of change a partner goes through, each with its audit action. */
public enum PartnerChange {

    CREATED("partner.created"), UPDATED("partner.updated"), TERMINATED("partner.terminated");

    private final String action;

    PartnerChange(String action) {
        this.action = action;
    }

    public String action() {
        return action;
    }
}
