package com.dezky.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Authentik's core API ({@code /api/v3/core/groups/}, {@code /api/v3/core/users/}) with the
 * shapes of authentik 2026.2: paginated lists, 400 bodies keyed by field, {@code detail} for
 * 403/404. Like a fresh brand it has no recovery flow, so recovery links answer
 * {@code {"non_field_errors": "No recovery flow set."}}, until one is switched on. User {@code uid}s are derived like
 * authentik's {@code hashed_user_id} subject.
 */
final class AuthentikSandbox implements SandboxUpstream {

    private static final String API = "/api/v3/core";
    /** Like a fresh authentik install's id: a sandbox reset or started anew never hands out a subject twice. */
    private String installId;

    private final Clock clock;
    private final Map<String, Group> groups = new LinkedHashMap<>();
    private final Map<Integer, User> users = new LinkedHashMap<>();
    private int nextNumPk;
    private int nextUserPk;
    private boolean recoveryFlow;

    private static final class Group {
        final String pk;
        final int numPk;
        final String name;
        final Map<String, Object> attributes;
        final Set<Integer> members = new LinkedHashSet<>();

        Group(String pk, int numPk, String name, Map<String, Object> attributes) {
            this.pk = pk;
            this.numPk = numPk;
            this.name = name;
            this.attributes = attributes;
        }
    }

    private static final class User {
        final int pk;
        final String uuid;
        final String username;
        String name;
        final String email;
        boolean active;
        final String type;
        final String path;
        final String dateJoined;
        String passwordChangeDate;
        String lastUpdated;

        User(int pk, String uuid, String username, String name, String email, boolean active, String type, String path,
                String now) {
            this.pk = pk;
            this.uuid = uuid;
            this.username = username;
            this.name = name;
            this.email = email;
            this.active = active;
            this.type = type;
            this.path = path;
            this.dateJoined = now;
            this.passwordChangeDate = now;
            this.lastUpdated = now;
        }
    }

    AuthentikSandbox(Clock clock) {
        this.clock = clock;
        reset();
    }

    @Override
    public String name() {
        return "authentik";
    }

    @Override
    public synchronized void reset() {
        installId = UUID.randomUUID().toString();
        groups.clear();
        users.clear();
        recoveryFlow = false;
        nextNumPk = 1;
        nextUserPk = 1000;
    }

    @Override
    public synchronized Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("installId", installId);
        state.put("nextNumPk", nextNumPk);
        state.put("nextUserPk", nextUserPk);
        state.put("recoveryFlow", recoveryFlow);
        state.put("groups", groups.values().stream().map(g -> Map.of("pk", g.pk, "numPk", g.numPk, "name", g.name,
                "attributes", g.attributes, "members", List.copyOf(g.members))).toList());
        state.put("users", users.values().stream().map(u -> {
            Map<String, Object> user = new LinkedHashMap<>();
            user.put("pk", u.pk);
            user.put("uuid", u.uuid);
            user.put("username", u.username);
            user.put("name", u.name);
            user.put("email", u.email);
            user.put("active", u.active);
            user.put("type", u.type);
            user.put("path", u.path);
            user.put("dateJoined", u.dateJoined);
            user.put("passwordChangeDate", u.passwordChangeDate);
            user.put("lastUpdated", u.lastUpdated);
            return user;
        }).toList());
        return state;
    }

    @Override
    public synchronized void restore(JsonNode state) {
        reset();
        installId = state.get("installId").asString();
        nextNumPk = state.get("nextNumPk").asInt();
        nextUserPk = state.get("nextUserPk").asInt();
        recoveryFlow = state.get("recoveryFlow").asBoolean();
        for (JsonNode g : state.get("groups")) {
            Map<String, Object> attributes = new LinkedHashMap<>();
            g.get("attributes").properties().forEach(e -> attributes.put(e.getKey(), e.getValue().asString()));
            Group group = new Group(g.get("pk").asString(), g.get("numPk").asInt(), g.get("name").asString(), attributes);
            g.get("members").forEach(member -> group.members.add(member.asInt()));
            groups.put(group.pk, group);
        }
        for (JsonNode u : state.get("users")) {
            User user = new User(u.get("pk").asInt(), u.get("uuid").asString(), u.get("username").asString(),
                    u.get("name").asString(null), u.get("email").asString(), u.get("active").asBoolean(),
                    u.get("type").asString(), u.get("path").asString(), u.get("dateJoined").asString());
            user.passwordChangeDate = u.get("passwordChangeDate").asString(null);
            user.lastUpdated = u.get("lastUpdated").asString(null);
            users.put(user.pk, user);
        }
    }

    synchronized void recoveryFlow(boolean enabled) {
        recoveryFlow = enabled;
    }

    @Override
    public synchronized Map<String, Integer> counts() {
        return Map.of("groups", groups.size(), "users", users.size());
    }

    @Override
    public Object serverError() {
        return Map.of("detail", "Service unavailable (sandbox fault)");
    }

    synchronized Optional<DirectoryEntry> findByEmail(String email) {
        return users.values().stream().filter(u -> u.email.equalsIgnoreCase(email)).findFirst()
                .map(u -> new DirectoryEntry(uid(u.pk), u.email, u.name, u.active, groupNamesOf(u.pk)));
    }

    @Override
    public synchronized SandboxResponse handle(SandboxRequest request) {
        if (!request.bearer()) {
            return SandboxResponse.of(403, Map.of("detail", "Authentication credentials were not provided."));
        }
        if (request.is("GET", API + "/groups/?")) {
            String name = request.query().get("name");
            return page(groups.values().stream().filter(g -> name == null || g.name.equals(name)).map(this::groupJson).toList());
        }
        if (request.is("POST", API + "/groups/?")) {
            return createGroup(request.body());
        }
        if (request.path().matches(API + "/groups/[^/]+/.*")) {
            Group group = groups.get(request.segment(4));
            if (group == null) {
                return notFound();
            }
            if (request.is("GET", API + "/groups/[^/]+/?")) {
                return SandboxResponse.of(200, groupJson(group));
            }
            if (request.is("DELETE", API + "/groups/[^/]+/?")) {
                groups.remove(group.pk);
                return SandboxResponse.noContent();
            }
            if (request.is("POST", API + "/groups/[^/]+/(add|remove)_user/?")) {
                JsonNode pk = request.body() == null ? null : request.body().get("pk");
                if (pk == null || !pk.isInt()) {
                    return SandboxResponse.of(400, Map.of("pk", List.of("This field is required.")));
                }
                if (!users.containsKey(pk.asInt())) {
                    return notFound();
                }
                if (request.path().contains("/add_user")) {
                    group.members.add(pk.asInt());
                } else {
                    group.members.remove(pk.asInt());
                }
                return SandboxResponse.noContent();
            }
        }
        if (request.is("GET", API + "/users/?")) {
            String email = request.query().get("email");
            String username = request.query().get("username");
            return page(users.values().stream()
                    .filter(u -> email == null || u.email.equalsIgnoreCase(email))
                    .filter(u -> username == null || u.username.equals(username))
                    .map(this::userJson).toList());
        }
        if (request.is("POST", API + "/users/?")) {
            return createUser(request.body());
        }
        if (request.path().matches(API + "/users/\\d+/.*")) {
            User user = users.get(Integer.parseInt(request.segment(4)));
            if (user == null) {
                return notFound();
            }
            if (request.is("GET", API + "/users/\\d+/?")) {
                return SandboxResponse.of(200, userJson(user));
            }
            if (request.is("PATCH", API + "/users/\\d+/?")) {
                JsonNode body = request.body();
                if (body != null && body.has("is_active")) {
                    user.active = body.get("is_active").asBoolean();
                }
                if (body != null && body.hasNonNull("name")) {
                    user.name = body.get("name").asString();
                }
                user.lastUpdated = now();
                return SandboxResponse.of(200, userJson(user));
            }
            if (request.is("POST", API + "/users/\\d+/recovery/?")) {
                return recoveryFlow
                        ? SandboxResponse.of(200, Map.of("link", "http://auth.localhost/if/flow/sandbox-recovery/?flow_token="
                                + UUID.randomUUID()))
                        : SandboxResponse.of(400, Map.of("non_field_errors", "No recovery flow set."));
            }
            if (request.is("POST", API + "/users/\\d+/set_password/?")) {
                String password = request.text("password");
                if (password == null || password.isEmpty()) {
                    return SandboxResponse.of(400, Map.of("password", List.of("This field is required.")));
                }
                user.passwordChangeDate = now();
                return SandboxResponse.noContent();
            }
        }
        return notFound();
    }

    private SandboxResponse createGroup(JsonNode body) {
        String name = body == null || !body.hasNonNull("name") ? "" : body.get("name").asString();
        if (name.isBlank()) {
            return SandboxResponse.of(400, Map.of("name", List.of("This field is required.")));
        }
        if (groups.values().stream().anyMatch(g -> g.name.equals(name))) {
            return SandboxResponse.of(400, Map.of("name", List.of("group with this name already exists.")));
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        if (body.has("attributes")) {
            body.get("attributes").properties().forEach(e -> attributes.put(e.getKey(), e.getValue().asString()));
        }
        Group group = new Group(UUID.randomUUID().toString(), nextNumPk++, name, attributes);
        groups.put(group.pk, group);
        return SandboxResponse.of(201, groupJson(group));
    }

    private SandboxResponse createUser(JsonNode body) {
        String username = body == null || !body.hasNonNull("username") ? "" : body.get("username").asString();
        String name = body == null || !body.hasNonNull("name") ? null : body.get("name").asString();
        Map<String, Object> errors = new LinkedHashMap<>();
        if (username.isBlank()) {
            errors.put("username", List.of("This field is required."));
        } else if (users.values().stream().anyMatch(u -> u.username.equals(username))) {
            errors.put("username", List.of("This field must be unique."));
        }
        if (name == null) {
            errors.put("name", List.of("This field is required."));
        }
        List<Group> memberOf = new ArrayList<>();
        if (body != null && body.has("groups")) {
            for (JsonNode id : body.get("groups")) {
                Group group = groups.get(id.asString());
                if (group == null) {
                    errors.put("groups", List.of("Invalid pk \"" + id.asString() + "\" - object does not exist."));
                } else {
                    memberOf.add(group);
                }
            }
        }
        if (!errors.isEmpty()) {
            return SandboxResponse.of(400, errors);
        }
        String email = body.hasNonNull("email") ? body.get("email").asString() : "";
        boolean active = !body.has("is_active") || body.get("is_active").asBoolean();
        String type = body.hasNonNull("type") ? body.get("type").asString() : "internal";
        String path = body.hasNonNull("path") ? body.get("path").asString() : "users";
        User user = new User(nextUserPk++, UUID.randomUUID().toString(), username, name, email.toLowerCase(Locale.ROOT),
                active, type, path, now());
        users.put(user.pk, user);
        memberOf.forEach(group -> group.members.add(user.pk));
        return SandboxResponse.of(201, userJson(user));
    }

    private List<String> groupNamesOf(int userPk) {
        return groups.values().stream().filter(g -> g.members.contains(userPk)).map(g -> g.name).toList();
    }

    private Map<String, Object> groupJson(Group group) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("pk", group.pk);
        json.put("num_pk", group.numPk);
        json.put("name", group.name);
        json.put("is_superuser", false);
        json.put("parents", List.of());
        json.put("parents_obj", List.of());
        json.put("users", List.copyOf(group.members));
        json.put("users_obj", null);
        json.put("attributes", group.attributes);
        json.put("roles", List.of());
        json.put("roles_obj", List.of());
        json.put("inherited_roles_obj", null);
        json.put("children", List.of());
        json.put("children_obj", null);
        return json;
    }

    private Map<String, Object> userJson(User user) {
        List<Group> memberOf = groups.values().stream().filter(g -> g.members.contains(user.pk)).toList();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("pk", user.pk);
        json.put("username", user.username);
        json.put("name", user.name);
        json.put("is_active", user.active);
        json.put("last_login", null);
        json.put("date_joined", user.dateJoined);
        json.put("is_superuser", false);
        json.put("groups", memberOf.stream().map(g -> g.pk).toList());
        json.put("groups_obj", memberOf.stream().map(g -> Map.of("pk", g.pk, "num_pk", g.numPk, "name", g.name,
                "is_superuser", false, "attributes", g.attributes)).toList());
        json.put("roles", List.of());
        json.put("roles_obj", List.of());
        json.put("email", user.email);
        json.put("avatar", "");
        json.put("attributes", Map.of());
        json.put("uid", uid(user.pk));
        json.put("path", user.path);
        json.put("type", user.type);
        json.put("uuid", user.uuid);
        json.put("password_change_date", user.passwordChangeDate);
        json.put("last_updated", user.lastUpdated);
        return json;
    }

    private static SandboxResponse page(List<?> results) {
        Map<String, Object> pagination = new LinkedHashMap<>();
        pagination.put("next", 0);
        pagination.put("previous", 0);
        pagination.put("count", results.size());
        pagination.put("current", 1);
        pagination.put("total_pages", 1);
        pagination.put("start_index", results.isEmpty() ? 0 : 1);
        pagination.put("end_index", results.size());
        return SandboxResponse.of(200, Map.of("pagination", pagination, "results", results, "autocomplete", Map.of()));
    }

    private static SandboxResponse notFound() {
        return SandboxResponse.of(404, Map.of("detail", "Not found."));
    }

    /** authentik's {@code hashed_user_id}: SHA-256 of "{pk}-{install id}". */
    private String uid(int pk) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((pk + "-" + installId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String now() {
        return clock.instant().toString();
    }
}
