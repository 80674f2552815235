package com.dezky.platform.incident;

import com.dezky.model.incident.IncidentSeverity;
import com.dezky.model.incident.IncidentStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

/** The incidents' persistence. */
interface Incidents extends MongoRepository<Incident, String> {

    Optional<Incident> findByOpenGroupKey(String groupKey);

    /** The latest incident of the group that received this firing of an alert. */
    Optional<Incident> findFirstByGroupKeyAndAlertKeysOrderByNumberDesc(String groupKey, String alertKey);

    Optional<Incident> findFirstByOrderByNumberDesc();

    Page<Incident> findByStatusInOrderByNumberDesc(Collection<IncidentStatus> statuses, Pageable page);

    List<Incident> findByStatusInOrderByNumberDesc(Collection<IncidentStatus> statuses);

    List<Incident> findByStatusAndEscalatesAtLessThanEqual(IncidentStatus status, Instant now);

    long countByStatus(IncidentStatus status);

    long countByStatusInAndSeverity(Collection<IncidentStatus> statuses, IncidentSeverity severity);
}
