package com.dezky.platform.membership;

import java.util.Collection;
import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

/** The explicit memberships' persistence. */
interface MembershipRecords extends MongoRepository<Membership, String> {

    boolean existsByIssuerAndSubjectAndTenant(String issuer, String subject, String tenant);

    boolean existsByIssuerAndSubjectAndTenantAndAdminTrue(String issuer, String subject, String tenant);

    boolean existsByIssuerAndSubjectAndTenantNot(String issuer, String subject, String tenant);

    List<Membership> findByIssuerAndSubject(String issuer, String subject);

    List<Membership> findByTenant(String tenant);

    List<Membership> findBySubjectIn(Collection<String> subjects);

    void deleteByIssuerAndSubjectAndTenant(String issuer, String subject, String tenant);

    void deleteByTenant(String tenant);
}
