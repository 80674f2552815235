package com.dezky.model.oncall;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class OnCallRotationTest {

    static final List<String> TEAM = List.of("ada@dezky.com", "bob@dezky.com", "cy@dezky.com");

    static OnCallRotation weekly(List<OnCallSchedule.Override> overrides) {
        return new OnCallRotation(new OnCallSchedule("Europe/Berlin", LocalTime.of(9, 0), 7,
                LocalDate.of(2026, 3, 2), TEAM, overrides));
    }

    static OnCallRotation daily() {
        return new OnCallRotation(new OnCallSchedule("Europe/Berlin", LocalTime.of(9, 0), 1,
                LocalDate.of(2026, 3, 27), TEAM, List.of()));
    }

    @Test
    void firstParticipantIsOnCallFromTheFirstHandoff() {
        OnCallRotation.Shift shift = weekly(List.of()).at(Instant.parse("2026-03-02T08:00:00Z"));

        assertThat(shift.email()).isEqualTo("ada@dezky.com");
        assertThat(shift.start()).isEqualTo(Instant.parse("2026-03-02T08:00:00Z"));
        assertThat(shift.end()).isEqualTo(Instant.parse("2026-03-09T08:00:00Z"));
        assertThat(shift.override()).isFalse();
    }

    @Test
    void beforeTheHandoffHourThePreviousShiftHoldsAndTheRotationWrapsAround() {
        OnCallRotation rotation = weekly(List.of());

        assertThat(rotation.at(Instant.parse("2026-03-02T07:59:59Z")).email()).isEqualTo("cy@dezky.com");
        assertThat(rotation.at(Instant.parse("2026-03-23T08:00:00Z")).email()).isEqualTo("ada@dezky.com");
    }

    @Test
    void handoffStaysAtNineLocalAcrossTheDaylightSavingChange() {
        OnCallRotation rotation = daily();

        // Berlin is UTC+1 until 29 March 2026 02:00, then UTC+2: nine o'clock is 08:00Z, then 07:00Z.
        assertThat(rotation.at(Instant.parse("2026-03-28T08:00:00Z")).start()).isEqualTo(Instant.parse("2026-03-28T08:00:00Z"));
        OnCallRotation.Shift acrossTheChange = rotation.at(Instant.parse("2026-03-29T06:59:59Z"));
        assertThat(acrossTheChange.email()).isEqualTo("bob@dezky.com");
        assertThat(acrossTheChange.end()).isEqualTo(Instant.parse("2026-03-29T07:00:00Z"));
        assertThat(rotation.at(Instant.parse("2026-03-29T07:00:00Z")).email()).isEqualTo("cy@dezky.com");
        // The shift across the change is an hour shorter, as the clocks say.
        assertThat(java.time.Duration.between(acrossTheChange.start(), acrossTheChange.end())).hasHours(23);
    }

    @Test
    void overrideWinsForItsPeriodOnlyAndTheLatestOverrideWinsOverAnEarlierOne() {
        OnCallRotation rotation = weekly(List.of(
                new OnCallSchedule.Override(Instant.parse("2026-03-03T00:00:00Z"), Instant.parse("2026-03-05T00:00:00Z"),
                        "dan@dezky.com", "Ada at a conference"),
                new OnCallSchedule.Override(Instant.parse("2026-03-04T00:00:00Z"), Instant.parse("2026-03-04T12:00:00Z"),
                        "eve@dezky.com", null)));

        assertThat(rotation.at(Instant.parse("2026-03-03T10:00:00Z")))
                .isEqualTo(new OnCallRotation.Shift("dan@dezky.com", Instant.parse("2026-03-03T00:00:00Z"),
                        Instant.parse("2026-03-05T00:00:00Z"), true));
        assertThat(rotation.at(Instant.parse("2026-03-04T06:00:00Z")).email()).isEqualTo("eve@dezky.com");
        assertThat(rotation.at(Instant.parse("2026-03-05T00:00:00Z")).email()).isEqualTo("ada@dezky.com");
    }

    @Test
    void escalationGoesToTheNextParticipantThenWrapsAndAnOverrideHandsBackToTheRotation() {
        OnCallRotation rotation = weekly(List.of());
        Instant now = Instant.parse("2026-03-03T10:00:00Z");

        assertThat(rotation.after("ada@dezky.com", now)).contains("bob@dezky.com");
        assertThat(rotation.after("CY@dezky.com", now)).contains("ada@dezky.com");
        assertThat(rotation.after("dan@dezky.com", now)).contains("ada@dezky.com");
    }

    @Test
    void escalationOfTheOnlyParticipantFindsNobody() {
        OnCallRotation alone = new OnCallRotation(new OnCallSchedule("UTC", LocalTime.NOON, 1, LocalDate.of(2026, 1, 1),
                List.of("ada@dezky.com"), List.of()));

        assertThat(alone.after("ada@dezky.com", Instant.parse("2026-02-01T00:00:00Z"))).isEmpty();
    }

    @Test
    void upcomingListsConsecutiveShiftsFromTheCurrentOne() {
        List<OnCallRotation.Shift> shifts = weekly(List.of()).upcoming(Instant.parse("2026-03-05T00:00:00Z"), 3);

        assertThat(shifts).extracting(OnCallRotation.Shift::email)
                .containsExactly("ada@dezky.com", "bob@dezky.com", "cy@dezky.com");
        assertThat(shifts.get(1).start()).isEqualTo(shifts.get(0).end());
    }
}
