package com.dezky.platform.oncall;

import com.dezky.model.oncall.OnCallSchedule;
import com.dezky.platform.audit.Occurrence;
import com.dezky.platform.web.Changes;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.mongodb.core.mapping.Document;

/** The one on-call schedule of this deployment. Each change registers an {@link OnCallScheduleChanged}. */
@Document("oncall_schedules")
class OnCallScheduleDocument extends AbstractAggregateRoot<OnCallScheduleDocument> {

    static final String ID = "operators";

    @Id
    private String id = ID;
    private OnCallSchedule schedule;
    private String updatedBy;
    private Instant updatedAt;
    @Version
    private Long version;

    protected OnCallScheduleDocument() {
    }

    static OnCallScheduleDocument first(OnCallSchedule schedule, Occurrence occurrence) {
        OnCallScheduleDocument document = new OnCallScheduleDocument();
        document.replace(schedule, occurrence, null);
        return document;
    }

    /** Replaces the schedule; answers whether anything changed. */
    boolean replace(OnCallSchedule next, Occurrence occurrence) {
        return !next.equals(schedule) && replace(next, occurrence, schedule);
    }

    private boolean replace(OnCallSchedule next, Occurrence occurrence, OnCallSchedule before) {
        schedule = next;
        updatedBy = occurrence.actor().email();
        updatedAt = occurrence.at();
        registerEvent(new OnCallScheduleChanged(occurrence, Changes.between(before, next)));
        return true;
    }

    OnCallSchedule schedule() {
        return schedule;
    }

    String updatedBy() {
        return updatedBy;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    Long getVersion() {
        return version;
    }
}
