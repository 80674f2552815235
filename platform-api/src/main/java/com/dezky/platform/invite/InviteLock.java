package com.dezky.platform.invite;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One invitation in progress for a group ({@code _id}): invites into the same group run one at a
 * time, across replicas, so that a seat cap or an e-mail address is never taken twice by two
 * invites that checked at the same moment. A lock left by a crashed replica expires.
 */
@Document("invite_locks")
record InviteLock(@Id String group, String owner, Instant expiresAt) {
}
