package com.dezky.platform.invite;

import java.time.Instant;
import org.springframework.data.mongodb.repository.MongoRepository;

/** The locks' persistence: an insert takes a lock (its id is unique), a delete gives it back. */
interface InviteLocks extends MongoRepository<InviteLock, String> {

    long deleteByGroupAndOwner(String group, String owner);

    long deleteByGroupAndExpiresAtBefore(String group, Instant now);
}
