package com.dezky.sandbox;

import java.util.List;

/** A user of the Authentik sandbox as an identity provider sees them: subject, name, groups. */
public record DirectoryEntry(String uid, String email, String name, boolean active, List<String> groups) {
}
