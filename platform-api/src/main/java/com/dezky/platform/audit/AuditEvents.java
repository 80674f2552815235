package com.dezky.platform.audit;

import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.data.mongodb.repository.MongoRepository;

/** The audit trail's entries, and its head (the newest sequence number and hash). */
interface AuditEvents extends MongoRepository<AuditEvent, String>, AuditEventQueries {

    Optional<AuditEvent> findTopByOrderBySeqDesc();

    boolean existsByEventId(UUID eventId);

    /** The whole chain in order, read as a stream so that verifying it needs no memory for it. */
    Stream<AuditEvent> streamAllByOrderBySeqAsc();
}
