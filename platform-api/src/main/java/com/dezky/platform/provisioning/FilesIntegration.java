package com.dezky.platform.provisioning;

import com.dezky.model.Groups;
import com.dezky.platform.tenant.Tenant;
import com.dezky.upstream.UpstreamCalls;
import com.dezky.upstream.Upstreams;
import com.dezky.upstream.ocis.OcisClient;
import com.dezky.upstream.ocis.OcisDrive;
import com.dezky.upstream.ocis.OcisGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * OCIS: a project drive {@code dezky-tenant-<slug>} and a group of the same name as its
 * Manager. The drive is found by its kept id first (OCIS drive names are not unique), then by
 * name. It is disabled while the tenant is suspended or deleted, and restored on resume.
 */
@Component
class FilesIntegration implements UpstreamIntegration {

    private final OcisClient ocis;

    FilesIntegration(OcisClient ocis) {
        this.ocis = ocis;
    }

    @Override
    public String name() {
        return Upstreams.OCIS;
    }

    @Override
    public boolean enabled() {
        return ocis.enabled();
    }

    @Override
    public List<String> converge(Tenant tenant, Map<String, String> ids) {
        List<String> changes = new ArrayList<>();
        String name = Groups.tenantMembers(tenant.getSlug());
        // The drive (found or created) and the group are independent: two chains at once, so that
        // the slowest path is two calls, then the grant.
        boolean knownDrive = ids.containsKey("drive");
        var found = Concurrently.both(
                () -> (knownDrive ? ocis.findDrive(ids.get("drive")) : Optional.<OcisDrive>empty())
                        .or(() -> ocis.findDriveByName(name))
                        .map(existing -> new UpstreamCalls.Found<>(existing, false))
                        .orElseGet(() -> new UpstreamCalls.Found<>(ocis.createDrive(name, tenant.getName()), true)),
                () -> ocis.findOrCreateGroup(name, "Members of " + tenant.getName()));
        OcisDrive drive = found.first().value();
        if (found.first().created()) {
            changes.add("created drive " + name);
            ids.remove("manager");
        }
        ids.put("drive", drive.id());
        if (drive.webUrl() != null) {
            ids.put("webUrl", drive.webUrl());
        }
        OcisGroup group = found.second();
        if (!group.id().equals(ids.get("group"))) {
            ids.remove("manager");
        }
        ids.put("group", group.id());
        if (!"granted".equals(ids.get("manager"))) {
            ocis.grantManager(drive.id(), group.id());
            ids.put("manager", "granted");
            changes.add("group " + name + " made Manager of the drive");
        }
        if (tenant.getStatus().switchedOff() && !drive.disabled()) {
            ocis.disableDrive(drive.id());
            changes.add("disabled drive");
        } else if (!tenant.getStatus().switchedOff() && drive.disabled()) {
            ocis.restoreDrive(drive.id());
            changes.add("restored drive");
        }
        return changes;
    }

    @Override
    public List<String> purge(Tenant tenant, Map<String, String> ids) {
        List<String> removed = new ArrayList<>();
        String name = Groups.tenantMembers(tenant.getSlug());
        String driveId = ids.containsKey("drive") ? ids.get("drive")
                : ocis.findDriveByName(name).map(OcisDrive::id).orElse(null);
        if (driveId != null) {
            ocis.purgeDrive(driveId);
            removed.add("purged drive " + name);
        }
        ocis.findGroup(name).ifPresent(group -> {
            ocis.deleteGroup(group.id());
            removed.add("deleted group " + name);
        });
        return removed;
    }
}
