package com.dezky.model.oncall;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Who is on call when, by a schedule: its rotation, and its overrides on top. */
public final class OnCallRotation {

    /**
     * One stretch of being on call.
     *
     * @param override whether an override (rather than the rotation) puts this person on call
     */
    public record Shift(String email, Instant start, Instant end, boolean override) {
    }

    private final OnCallSchedule schedule;
    private final ZoneId zone;

    public OnCallRotation(OnCallSchedule schedule) {
        this.schedule = schedule;
        this.zone = ZoneId.of(schedule.timeZone());
    }

    /** Who is on call at this instant: the latest override covering it, else the rotation's shift. */
    public Shift at(Instant instant) {
        Optional<OnCallSchedule.Override> override = schedule.overrides().reversed().stream()
                .filter(o -> !o.start().isAfter(instant) && o.end().isAfter(instant)).findFirst();
        return override.map(o -> new Shift(o.email(), o.start(), o.end(), true)).orElseGet(() -> rotationShift(instant));
    }

    /** The rotation's shift at this instant, overrides aside. */
    public Shift rotationShift(Instant instant) {
        return shift(index(instant));
    }

    /** The next {@code count} shifts of the rotation, the current one first. */
    public List<Shift> upcoming(Instant from, int count) {
        long first = index(from);
        List<Shift> shifts = new ArrayList<>(count);
        for (long k = first; k < first + count; k++) {
            shifts.add(shift(k));
        }
        return shifts;
    }

    /**
     * Whom an unacknowledged incident goes to after {@code email}: the participant after them in
     * the rotation, or, when they are not a participant (an override), the rotation's own person
     * at this instant; empty when that is nobody else.
     */
    public Optional<String> after(String email, Instant instant) {
        List<String> people = schedule.participants();
        int position = indexOfIgnoringCase(people, email);
        if (position < 0) {
            position = indexOfIgnoringCase(people, rotationShift(instant).email()) - 1;
        }
        String next = people.get(Math.floorMod(position + 1, people.size()));
        return next.equalsIgnoreCase(email) ? Optional.empty() : Optional.of(next);
    }

    private static int indexOfIgnoringCase(List<String> people, String email) {
        for (int i = 0; i < people.size(); i++) {
            if (people.get(i).equalsIgnoreCase(email)) {
                return i;
            }
        }
        return -1;
    }

    private Shift shift(long k) {
        List<String> people = schedule.participants();
        return new Shift(people.get((int) Math.floorMod(k, (long) people.size())), handoff(k), handoff(k + 1), false);
    }

    /** The number of the shift (0 the one starting on the start date) this instant falls into. */
    private long index(Instant instant) {
        ZonedDateTime local = instant.atZone(zone);
        long days = ChronoUnit.DAYS.between(schedule.startDate(), local.toLocalDate());
        long k = Math.floorDiv(days, schedule.rotationDays());
        // The arithmetic above ignores the time of day; the handoff instants settle it.
        while (handoff(k).isAfter(instant)) {
            k--;
        }
        while (!handoff(k + 1).isAfter(instant)) {
            k++;
        }
        return k;
    }

    /** When shift k starts: the handoff time on its day, in the schedule's zone. */
    private Instant handoff(long k) {
        LocalDate day = schedule.startDate().plusDays(k * schedule.rotationDays());
        return ZonedDateTime.of(day, schedule.handoffTime(), zone).toInstant();
    }
}
