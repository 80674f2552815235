package com.dezky.platform.provisioning;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The claims' persistence. */
interface UpstreamClaims extends MongoRepository<UpstreamClaim, String> {
}
