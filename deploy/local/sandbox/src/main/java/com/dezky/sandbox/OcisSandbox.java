package com.dezky.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * OCIS's Libre Graph API below {@code /graph}: project drives (create, get, list with
 * {@code $filter}, disable with DELETE, restore with PATCH + {@code Restore: T}, purge with
 * DELETE + {@code Purge: T} once disabled), groups, and space-root invites. Errors use the
 * OData shape {@code {"error": {"code", "message"}}}. As in OCIS, drive names are not unique.
 */
final class OcisSandbox implements SandboxUpstream {

    private static final Pattern FILTER_TERM = Pattern.compile("(\\w+) eq '([^']*)'");

    private static final JsonMapper JSON = JsonMapper.shared();

    private final String publicUrl;
    private final Map<String, Drive> drives = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> groups = new LinkedHashMap<>();

    private static final class Drive {
        final String id;
        final String name;
        final String description;
        boolean disabled;
        final Set<String> managers = new LinkedHashSet<>();

        Drive(String id, String name, String description) {
            this.id = id;
            this.name = name;
            this.description = description;
        }
    }

    OcisSandbox(String publicUrl) {
        this.publicUrl = publicUrl;
    }

    @Override
    public String name() {
        return "ocis";
    }

    @Override
    public synchronized void reset() {
        drives.clear();
        groups.clear();
    }

    @Override
    public synchronized Map<String, Integer> counts() {
        return Map.of("drives", drives.size(), "groups", groups.size());
    }

    @Override
    public synchronized Map<String, Object> snapshot() {
        List<Map<String, Object>> driveList = new ArrayList<>();
        for (Drive drive : drives.values()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", drive.id);
            entry.put("name", drive.name);
            entry.put("description", drive.description);
            entry.put("disabled", drive.disabled);
            entry.put("managers", List.copyOf(drive.managers));
            driveList.add(entry);
        }
        return Map.of("drives", driveList, "groups", groups);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(JsonNode snapshot) {
        reset();
        for (JsonNode d : snapshot.get("drives")) {
            Drive drive = new Drive(d.get("id").asString(), d.get("name").asString(), d.get("description").asString(null));
            drive.disabled = d.get("disabled").asBoolean();
            d.get("managers").forEach(manager -> drive.managers.add(manager.asString()));
            drives.put(drive.id, drive);
        }
        snapshot.get("groups").properties().forEach(e -> groups.put(e.getKey(),
                new LinkedHashMap<>(JSON.treeToValue(e.getValue(), Map.class))));
    }

    @Override
    public Object serverError() {
        return odataError("serviceNotAvailable", "service unavailable (sandbox fault)");
    }

    @Override
    public synchronized SandboxResponse handle(SandboxRequest request) {
        if (!request.bearer()) {
            return SandboxResponse.of(401, odataError("unauthenticated", "Unauthorized"));
        }
        if (request.is("GET", "/graph/v1\\.0/drives/?")) {
            return listDrives(request.query().get("$filter"));
        }
        if (request.is("POST", "/graph/v1\\.0/drives/?")) {
            String name = request.text("name");
            if (name == null || name.isBlank()) {
                return SandboxResponse.of(400, odataError("invalidRequest", "invalid body schema definition"));
            }
            if (!"project".equals(request.text("driveType"))) {
                return SandboxResponse.of(400, odataError("invalidRequest", "drives of this type cannot be created"));
            }
            Drive drive = new Drive(UUID.randomUUID() + "$" + UUID.randomUUID(), name, request.text("description"));
            drives.put(drive.id, drive);
            return SandboxResponse.of(201, driveJson(drive));
        }
        if (request.path().matches("/graph/v1\\.0/drives/[^/]+/?")) {
            Drive drive = drives.get(request.segment(3));
            if (drive == null) {
                return SandboxResponse.of(404, odataError("itemNotFound", "drive not found"));
            }
            switch (request.method()) {
                case "GET" -> {
                    return SandboxResponse.of(200, driveJson(drive));
                }
                case "PATCH" -> {
                    if ("T".equals(request.header().apply("Restore"))) {
                        drive.disabled = false;
                    }
                    return SandboxResponse.of(200, driveJson(drive));
                }
                case "DELETE" -> {
                    if ("T".equals(request.header().apply("Purge"))) {
                        if (!drive.disabled) {
                            return SandboxResponse.of(400, odataError("invalidRequest",
                                    "can't purge enabled space"));
                        }
                        drives.remove(drive.id);
                    } else {
                        drive.disabled = true;
                    }
                    return SandboxResponse.noContent();
                }
                default -> {
                    return SandboxResponse.of(405, odataError("notAllowed", "method not allowed"));
                }
            }
        }
        if (request.is("GET", "/graph/v1\\.0/groups/?")) {
            String search = request.query().getOrDefault("$search", "").replace("\"", "");
            return SandboxResponse.of(200, Map.of("value", groups.values().stream()
                    .filter(g -> ((String) g.get("displayName")).contains(search)).toList()));
        }
        if (request.is("POST", "/graph/v1\\.0/groups/?")) {
            String displayName = request.text("displayName");
            if (displayName == null || displayName.isBlank()) {
                return SandboxResponse.of(400, odataError("invalidRequest", "missing displayName"));
            }
            if (groups.values().stream().anyMatch(g -> g.get("displayName").equals(displayName))) {
                return SandboxResponse.of(409, odataError("nameAlreadyExists", "a group with that name already exists"));
            }
            Map<String, Object> group = new LinkedHashMap<>();
            group.put("id", UUID.randomUUID().toString());
            group.put("displayName", displayName);
            group.put("description", request.text("description"));
            group.put("groupTypes", List.of());
            groups.put((String) group.get("id"), group);
            return SandboxResponse.of(201, group);
        }
        if (request.path().matches("/graph/v1\\.0/groups/[^/]+/?")) {
            Map<String, Object> group = groups.get(request.segment(3));
            if (group == null) {
                return SandboxResponse.of(404, odataError("itemNotFound", "group not found"));
            }
            if ("DELETE".equals(request.method())) {
                groups.remove(request.segment(3));
                drives.values().forEach(d -> d.managers.remove(request.segment(3)));
                return SandboxResponse.noContent();
            }
            return SandboxResponse.of(200, group);
        }
        if (request.is("POST", "/graph/v1beta1/drives/[^/]+/root/invite/?")) {
            return invite(request);
        }
        return SandboxResponse.of(404, odataError("itemNotFound", "not found"));
    }

    private SandboxResponse invite(SandboxRequest request) {
        Drive drive = drives.get(request.segment(3));
        if (drive == null) {
            return SandboxResponse.of(404, odataError("itemNotFound", "drive not found"));
        }
        JsonNode recipients = request.body() == null ? null : request.body().get("recipients");
        if (recipients == null || !recipients.isArray() || recipients.isEmpty()) {
            return SandboxResponse.of(400, odataError("invalidRequest", "missing recipients"));
        }
        List<Object> permissions = new ArrayList<>();
        for (JsonNode recipient : recipients) {
            String groupId = recipient.path("objectId").asString("");
            Map<String, Object> group = groups.get(groupId);
            if (group == null || !"group".equals(recipient.path("@libre.graph.recipient.type").asString(""))) {
                return SandboxResponse.of(400, odataError("invalidRequest", "recipient not found: " + groupId));
            }
            if (!drive.managers.add(groupId)) {
                return SandboxResponse.of(409, odataError("nameAlreadyExists", "the recipient is already a member"));
            }
            permissions.add(Map.of("id", UUID.randomUUID().toString(),
                    "roles", List.of(request.body().path("roles").path(0).asString("")),
                    "grantedToV2", Map.of("group", Map.of("id", groupId, "displayName", group.get("displayName")))));
        }
        return SandboxResponse.of(200, Map.of("value", permissions));
    }

    private SandboxResponse listDrives(String filter) {
        Map<String, String> terms = new LinkedHashMap<>();
        if (filter != null) {
            Matcher matcher = FILTER_TERM.matcher(filter);
            while (matcher.find()) {
                terms.put(matcher.group(1), matcher.group(2));
            }
        }
        List<Object> value = drives.values().stream()
                .filter(d -> !terms.containsKey("driveType") || "project".equals(terms.get("driveType")))
                .filter(d -> !terms.containsKey("name") || d.name.equals(terms.get("name")))
                .filter(d -> !terms.containsKey("id") || d.id.equals(terms.get("id")))
                .map(this::driveJson).map(Object.class::cast).toList();
        return SandboxResponse.of(200, Map.of("value", value));
    }

    private Map<String, Object> driveJson(Drive drive) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("id", drive.id);
        root.put("webDavUrl", publicUrl + "/dav/spaces/" + drive.id);
        if (drive.disabled) {
            root.put("deleted", Map.of("state", "trashed"));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", drive.id);
        json.put("name", drive.name);
        json.put("description", drive.description);
        json.put("driveType", "project");
        json.put("driveAlias", "project/" + drive.name.toLowerCase().replaceAll("[^a-z0-9]+", "-"));
        json.put("webUrl", publicUrl + "/f/" + drive.id);
        json.put("root", root);
        json.put("quota", Map.of("state", "normal", "total", 0, "used", 0, "remaining", 0));
        return json;
    }

    private static Map<String, Object> odataError(String code, String message) {
        return Map.of("error", Map.of("code", code, "message", message));
    }
}
