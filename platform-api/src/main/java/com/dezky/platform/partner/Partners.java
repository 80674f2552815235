package com.dezky.platform.partner;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

/** The partners' persistence. */
interface Partners extends MongoRepository<Partner, String>, PartnerQueries {

    Optional<Partner> findBySlug(String slug);

    List<Partner> findByIdIn(Collection<String> ids);
}
