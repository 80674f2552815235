package com.dezky.upstream.authentik;

import feign.Param;
import feign.RequestLine;
import java.util.Map;

/** authentik's core API (schema: authentik 2026.2, {@code /api/v3}), only what provisioning uses. */
interface AuthentikApi {

    @RequestLine("GET /api/v3/core/groups/?name={name}&include_users=false")
    Page<AuthentikGroup> groupsNamed(@Param("name") String name);

    @RequestLine("POST /api/v3/core/groups/")
    AuthentikGroup createGroup(Map<String, Object> group);

    @RequestLine("DELETE /api/v3/core/groups/{uuid}/")
    void deleteGroup(@Param("uuid") String uuid);

    @RequestLine("POST /api/v3/core/groups/{uuid}/add_user/")
    void addUser(@Param("uuid") String groupUuid, Map<String, Object> user);

    @RequestLine("POST /api/v3/core/groups/{uuid}/remove_user/")
    void removeUser(@Param("uuid") String groupUuid, Map<String, Object> user);

    @RequestLine("GET /api/v3/core/users/?email={email}")
    Page<AuthentikUser> usersWithEmail(@Param("email") String email);

    @RequestLine("POST /api/v3/core/users/")
    AuthentikUser createUser(Map<String, Object> user);

    @RequestLine("PATCH /api/v3/core/users/{pk}/")
    AuthentikUser patchUser(@Param("pk") int pk, Map<String, Object> changes);

    @RequestLine("POST /api/v3/core/users/{pk}/recovery/")
    RecoveryLink recoveryLink(@Param("pk") int pk, Map<String, Object> request);

    @RequestLine("POST /api/v3/core/users/{pk}/set_password/")
    void setPassword(@Param("pk") int pk, Map<String, Object> password);

    record Page<T>(java.util.List<T> results) {
    }

    record RecoveryLink(String link) {
    }
}
