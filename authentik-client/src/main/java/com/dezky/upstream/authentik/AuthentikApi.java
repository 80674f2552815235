package com.dezky.upstream.authentik;

import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** authentik's core API (schema: authentik 2026.2, {@code /api/v3}), only what provisioning uses. */
interface AuthentikApi {

    @GetMapping("/api/v3/core/groups/")
    Page<AuthentikGroup> groups(@RequestParam("name") String name, @RequestParam("include_users") boolean includeUsers);

    @PostMapping("/api/v3/core/groups/")
    AuthentikGroup createGroup(@RequestBody Map<String, Object> group);

    @DeleteMapping("/api/v3/core/groups/{uuid}/")
    void deleteGroup(@PathVariable("uuid") String uuid);

    @PostMapping("/api/v3/core/groups/{uuid}/add_user/")
    void addUser(@PathVariable("uuid") String groupUuid, @RequestBody Map<String, Object> user);

    @PostMapping("/api/v3/core/groups/{uuid}/remove_user/")
    void removeUser(@PathVariable("uuid") String groupUuid, @RequestBody Map<String, Object> user);

    @GetMapping("/api/v3/core/users/")
    Page<AuthentikUser> usersWithEmail(@RequestParam("email") String email);

    @PostMapping("/api/v3/core/users/")
    AuthentikUser createUser(@RequestBody Map<String, Object> user);

    @PatchMapping("/api/v3/core/users/{pk}/")
    AuthentikUser patchUser(@PathVariable("pk") int pk, @RequestBody Map<String, Object> changes);

    @PostMapping("/api/v3/core/users/{pk}/recovery/")
    RecoveryLink recoveryLink(@PathVariable("pk") int pk, @RequestBody Map<String, Object> request);

    @PostMapping("/api/v3/core/users/{pk}/set_password/")
    void setPassword(@PathVariable("pk") int pk, @RequestBody Map<String, Object> password);

    record Page<T>(List<T> results) {
    }

    record RecoveryLink(String link) {
    }
}
