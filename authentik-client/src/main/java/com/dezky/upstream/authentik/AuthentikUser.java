package com.dezky.upstream.authentik;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * An authentik user. {@code uid} is what the OIDC providers (with {@code sub_mode: hashed_user_id})
 * put into {@code sub}; {@code groups} are group UUIDs.
 */
public record AuthentikUser(int pk, String uid, String uuid, String username, String name, String email,
        @JsonProperty("is_active") boolean active, List<String> groups) {
}
