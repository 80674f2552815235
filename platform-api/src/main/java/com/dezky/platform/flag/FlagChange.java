package com.dezky.platform.flag;

/** The kinds of change a flag goes through, each with its audit action. */
public enum FlagChange {

    CREATED("flag.created"), UPDATED("flag.updated"), DELETED("flag.deleted");

    private final String action;

    FlagChange(String action) {
        this.action = action;
    }

    public String action() {
        return action;
    }
}
