package com.dezky.platform.user;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The users' persistence. */
interface Users extends MongoRepository<UserAccount, String>, UserQueries {

    boolean existsByEmail(String email);

    boolean existsByIssuerAndSubjectAndDeactivatedAtNotNull(String issuer, String subject);
}
