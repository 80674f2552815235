package com.dezky.platform.audit;

import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

/** The checkpoints' persistence. */
interface AuditCheckpoints extends MongoRepository<AuditCheckpoint, String> {

    Optional<AuditCheckpoint> findTopByOrderBySeqDesc();

    List<AuditCheckpoint> findAllByOrderBySeqAsc();
}
