package com.dezky.model.oncall;

import java.time.Instant;
import java.util.List;

/**
 * {@code GET /oncall/schedule}: the schedule, who changed it last, the next shifts of its rotation,
 * and its version (the ETag's value, for If-Match).
 */
public record OnCallScheduleView(OnCallSchedule schedule, String updatedBy, Instant updatedAt,
        List<OnCallRotation.Shift> upcoming, long version) {
}
