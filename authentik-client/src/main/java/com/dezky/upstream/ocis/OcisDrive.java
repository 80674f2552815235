package com.dezky.upstream.ocis;

/** A project drive (space). {@code root.deleted} is set while the drive is disabled. */
public record OcisDrive(String id, String name, String driveType, String webUrl, Root root) {

    public boolean disabled() {
        return root != null && root.deleted() != null;
    }

    public record Root(String id, Object deleted) {
    }
}
