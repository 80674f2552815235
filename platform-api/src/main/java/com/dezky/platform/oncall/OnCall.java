package com.dezky.platform.oncall;

import com.dezky.model.oncall.OnCallNow;
import com.dezky.model.oncall.OnCallRotation;
import com.dezky.model.oncall.OnCallSchedule;
import com.dezky.model.oncall.OnCallScheduleView;
import com.dezky.platform.audit.Occurrence;
import com.dezky.platform.store.Transactions;
import com.dezky.platform.web.ApiProblem;
import com.dezky.platform.web.ETags;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/** Who is on call, by the schedule; what the incident module asks when it assigns and escalates. */
@Service
public class OnCall {

    private static final int UPCOMING_SHIFTS = 8;

    private final OnCallSchedules schedules;
    private final Transactions transactions;
    private final Clock clock;

    OnCall(OnCallSchedules schedules, Transactions transactions, Clock clock) {
        this.schedules = schedules;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The schedule's rotation, if a schedule is set. */
    public Optional<OnCallRotation> rotation() {
        return schedules.findById(OnCallScheduleDocument.ID).map(document -> new OnCallRotation(document.schedule()));
    }

    /** Who is on call at this instant; empty while no schedule is set. */
    public Optional<String> onCallAt(Instant instant) {
        return rotation().map(rotation -> rotation.at(instant).email());
    }

    OnCallNow now() {
        Instant now = clock.instant();
        return rotation().map(rotation -> {
            OnCallRotation.Shift shift = rotation.at(now);
            return new OnCallNow(true, shift.email(), shift.start(), shift.end(), shift.override(),
                    rotation.after(shift.email(), now).orElse(null));
        }).orElseGet(OnCallNow::unconfigured);
    }

    Optional<OnCallScheduleDocument> document() {
        return schedules.findById(OnCallScheduleDocument.ID);
    }

    OnCallScheduleView view(OnCallScheduleDocument document) {
        return new OnCallScheduleView(document.schedule(), document.updatedBy(), document.updatedAt(),
                new OnCallRotation(document.schedule()).upcoming(clock.instant(), UPCOMING_SHIFTS),
                document.getVersion() == null ? 0 : document.getVersion());
    }

    /**
     * Sets the schedule. The first one is created without a precondition; a change needs the
     * If-Match of the one it replaces, so that two operators editing it never lose an update.
     */
    OnCallScheduleDocument replace(OnCallSchedule schedule, String ifMatch) {
        return transactions.write(() -> {
            Occurrence occurrence = Occurrence.byCaller(clock);
            Optional<OnCallScheduleDocument> current = document();
            if (current.isEmpty()) {
                try {
                    return schedules.insert(OnCallScheduleDocument.first(schedule, occurrence));
                } catch (DuplicateKeyException createdMeanwhile) {
                    throw ApiProblem.stale(ETags.of(document().map(OnCallScheduleDocument::getVersion).orElse(0L)));
                }
            }
            OnCallScheduleDocument document = current.get();
            ETags.requireMatch(ifMatch, document.getVersion());
            return document.replace(schedule, occurrence) ? schedules.save(document) : document;
        });
    }
}
