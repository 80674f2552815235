package com.dezky.upstream.authentik;

import com.dezky.upstream.UpstreamCalls;
import com.dezky.upstream.UpstreamException;
import com.dezky.upstream.Upstreams;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Groups and users in authentik. Lookups are retried when authentik is unavailable; creations
 * are tried once, so that a timed-out create is never repeated blindly (callers find first).
 */
public class AuthentikClient {

    private final Upstreams upstreams;

    public AuthentikClient(Upstreams upstreams) {
        this.upstreams = upstreams;
    }

    public boolean enabled() {
        return upstreams.enabled(Upstreams.AUTHENTIK);
    }

    public Optional<AuthentikGroup> findGroup(String name) {
        return calls().idempotent("find_group", () -> api().groups(name, false).results().stream()
                .filter(group -> group.name().equals(name)).findFirst());
    }

    public AuthentikGroup createGroup(String name, Map<String, String> attributes) {
        Map<String, Object> group = new LinkedHashMap<>();
        group.put("name", name);
        group.put("is_superuser", false);
        group.put("attributes", attributes);
        return calls().once("create_group", () -> api().createGroup(group));
    }

    /** The group with this name, created if there is none. */
    public AuthentikGroup findOrCreateGroup(String name, Map<String, String> attributes) {
        return UpstreamCalls.findOrCreate(() -> findGroup(name), () -> createGroup(name, attributes)).value();
    }

    /** Deletes a group; one that is already gone counts as deleted. */
    public void deleteGroup(String uuid) {
        UpstreamCalls.ignoring(UpstreamException.Kind.NOT_FOUND,
                () -> calls().idempotent("delete_group", () -> api().deleteGroup(uuid)));
    }

    public Optional<AuthentikUser> findUserByEmail(String email) {
        return calls().idempotent("find_user", () -> api().usersWithEmail(email).results().stream()
                .filter(user -> email.equalsIgnoreCase(user.email())).findFirst());
    }

    /** An active internal user whose username is the email, in the given groups. */
    public AuthentikUser createUser(String email, String name, List<String> groupUuids) {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("username", email);
        user.put("name", name);
        user.put("email", email);
        user.put("is_active", true);
        user.put("type", "internal");
        user.put("path", "users");
        user.put("groups", groupUuids);
        return calls().once("create_user", () -> api().createUser(user));
    }

    public void addUserToGroup(String groupUuid, int userPk) {
        calls().idempotent("add_user_to_group", () -> api().addUser(groupUuid, Map.of("pk", userPk)));
    }

    public void removeUserFromGroup(String groupUuid, int userPk) {
        calls().idempotent("remove_user_from_group", () -> api().removeUser(groupUuid, Map.of("pk", userPk)));
    }

    /** Activates or deactivates a user (deactivated users cannot sign in; nothing is deleted). */
    public AuthentikUser setActive(int userPk, boolean active) {
        return calls().idempotent(active ? "activate_user" : "deactivate_user",
                () -> api().patchUser(userPk, Map.of("is_active", active)));
    }

    /**
     * A one-time recovery link, or empty when the brand (picked from the Host header, see
     * {@code public-host}) has no recovery flow: authentik then answers 400 "No recovery flow set."
     */
    public Optional<String> recoveryLink(int userPk) {
        try {
            return Optional.of(calls().once("recovery_link", () -> api().recoveryLink(userPk, Map.of())).link());
        } catch (UpstreamException e) {
            if (e.is(UpstreamException.Kind.REJECTED) && e.getMessage().contains("No recovery flow")) {
                return Optional.empty();
            }
            throw e;
        }
    }

    public void setPassword(int userPk, String password) {
        calls().idempotent("set_password", () -> api().setPassword(userPk, Map.of("password", password)));
    }

    private UpstreamCalls calls() {
        return upstreams.calls(Upstreams.AUTHENTIK);
    }

    private AuthentikApi api() {
        return upstreams.client(Upstreams.AUTHENTIK, AuthentikApi.class, new AuthentikErrors());
    }
}
