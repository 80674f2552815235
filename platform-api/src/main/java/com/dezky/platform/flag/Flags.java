package com.dezky.platform.flag;

import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

/** The flags' persistence. */
interface Flags extends MongoRepository<Flag, String>, FlagSetVersions {

    Optional<Flag> findByKey(String key);

    List<Flag> findAllByOrderByKeyAsc();

    /** Removes the flag only at this version: a delete never loses a concurrent change. */
    long deleteByIdAndVersion(String id, Long version);
}
