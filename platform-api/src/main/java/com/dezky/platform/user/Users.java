package com.dezky.platform.user;

import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

/** The users' persistence. */
interface Users extends MongoRepository<UserAccount, String>, UserQueries {

    boolean existsByEmail(String email);

    boolean existsByIssuerAndSubjectAndDeactivatedAtNotNull(String issuer, String subject);

    Optional<UserAccount> findByIssuerAndSubject(String issuer, String subject);
}
