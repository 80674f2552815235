package com.dezky.platform.provisioning;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Which tenant owns an upstream object that is named after something a tenant can give up and
 * another take (a mail domain), from when its provisioning first claims it until its removal
 * completes. Only the owner's provisioning may destroy the object; another tenant can take the
 * name only once the owner has released it.
 */
@Document("upstream_claims")
record UpstreamClaim(@Id String id, String owner, String upstreamId, Instant claimedAt) {

    static String mailDomain(String domain) {
        return "stalwart:domain:" + domain;
    }
}
