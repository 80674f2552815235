package com.dezky.platform.membership;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An explicit membership written by platform-api, on top of the memberships that come from
 * the identity provider's groups.
 */
@Document("memberships")
@CompoundIndex(name = "identity_tenant", def = "{'issuer': 1, 'subject': 1, 'tenant': 1}", unique = true)
@CompoundIndex(name = "tenant", def = "{'tenant': 1}")
record Membership(@Id String id, String issuer, String subject, String tenant, boolean admin, Instant addedAt) {
}
