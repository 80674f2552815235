package com.dezky.upstream.ocis;

import com.dezky.upstream.UpstreamCalls;
import com.dezky.upstream.UpstreamException;
import com.dezky.upstream.Upstreams;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Project drives and groups in OCIS. Drive names are not unique in OCIS, so callers keep the
 * drive id and look a drive up by name only when they have none.
 */
public class OcisClient {

    /** OCIS's built-in "Manager" role of a space. */
    static final String SPACE_MANAGER_ROLE = "312c0871-5ef7-4b3a-85b6-0e4074c64049";

    private final Upstreams upstreams;

    public OcisClient(Upstreams upstreams) {
        this.upstreams = upstreams;
    }

    public boolean enabled() {
        return upstreams.enabled(Upstreams.OCIS);
    }

    public Optional<OcisDrive> findDrive(String id) {
        try {
            return Optional.of(calls().idempotent("get_drive", () -> api().drive(id)));
        } catch (UpstreamException e) {
            if (e.is(UpstreamException.Kind.NOT_FOUND)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    public Optional<OcisDrive> findDriveByName(String name) {
        return calls().idempotent("find_drive", () -> api().drives("driveType eq 'project'").value().stream()
                .filter(drive -> name.equals(drive.name())).findFirst());
    }

    public OcisDrive createDrive(String name, String description) {
        return calls().once("create_drive", () -> api().createDrive(Map.of("name", name, "driveType", "project",
                "description", description)));
    }

    public void disableDrive(String id) {
        calls().idempotent("disable_drive", () -> api().disableDrive(id));
    }

    public void restoreDrive(String id) {
        calls().idempotent("restore_drive", () -> api().restoreDrive(id, Map.of()));
    }

    /** Purges a drive (disabling it first, as OCIS requires); one that is already gone counts as purged. */
    public void purgeDrive(String id) {
        UpstreamCalls.ignoring(UpstreamException.Kind.NOT_FOUND, () -> {
            disableDrive(id);
            calls().idempotent("purge_drive", () -> api().purgeDrive(id));
        });
    }

    public Optional<OcisGroup> findGroup(String name) {
        return calls().idempotent("find_group", () -> api().groups(name).value().stream()
                .filter(group -> name.equals(group.displayName())).findFirst());
    }

    public OcisGroup findOrCreateGroup(String name, String description) {
        return UpstreamCalls.findOrCreate(() -> findGroup(name), () -> calls().once("create_group",
                () -> api().createGroup(Map.of("displayName", name, "description", description)))).value();
    }

    public void deleteGroup(String id) {
        UpstreamCalls.ignoring(UpstreamException.Kind.NOT_FOUND,
                () -> calls().idempotent("delete_group", () -> api().deleteGroup(id)));
    }

    /** Makes the group Manager of the drive; a group that already is counts as done. */
    public void grantManager(String driveId, String groupId) {
        UpstreamCalls.ignoring(UpstreamException.Kind.CONFLICT, () -> calls().idempotent("grant_manager",
                () -> api().invite(driveId, Map.of(
                        "recipients", List.of(Map.of("objectId", groupId, "@libre.graph.recipient.type", "group")),
                        "roles", List.of(SPACE_MANAGER_ROLE)))));
    }

    private UpstreamCalls calls() {
        return upstreams.calls(Upstreams.OCIS);
    }

    private OcisApi api() {
        return upstreams.client(Upstreams.OCIS, OcisApi.class, new OcisErrors());
    }
}
