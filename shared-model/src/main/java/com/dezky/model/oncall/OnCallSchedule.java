package com.dezky.model.oncall;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The operators' on-call schedule ({@code PUT /oncall/schedule}): a rotation of operators that
 * hands off every {@code rotationDays} days at {@code handoffTime} in {@code timeZone} (local time,
 * so a daylight-saving change moves the instant, never the hour), starting with the first
 * participant on {@code startDate}; and overrides, each putting someone else on call for a period.
 */
public record OnCallSchedule(
        @NotBlank @Size(max = 64) String timeZone,
        @NotNull LocalTime handoffTime,
        @Min(1) @Max(28) int rotationDays,
        @NotNull LocalDate startDate,
        @NotEmpty @Size(max = 50) List<@NotBlank @Email @Size(max = 254) String> participants,
        @Size(max = 200) List<@Valid @NotNull Override> overrides) {

    public OnCallSchedule {
        participants = participants == null ? null : List.copyOf(participants);
        overrides = overrides == null ? List.of() : List.copyOf(overrides);
    }

    /** Someone else on call from {@code start} (inclusive) to {@code end} (exclusive). */
    public record Override(@NotNull Instant start, @NotNull Instant end,
            @NotBlank @Email @Size(max = 254) String email, @Size(max = 500) @Nullable String reason) {

        @JsonIgnore
        @AssertTrue(message = "must end after it starts")
        public boolean isEndAfterStart() {
            return start == null || end == null || end.isAfter(start);
        }
    }

    @JsonIgnore
    @AssertTrue(message = "timeZone must be an IANA time zone such as Europe/Berlin")
    public boolean isTimeZoneKnown() {
        if (timeZone == null) {
            return true;
        }
        try {
            ZoneId.of(timeZone);
            return true;
        } catch (DateTimeException unknown) {
            return false;
        }
    }

    @JsonIgnore
    @AssertTrue(message = "participants must not name anyone twice")
    public boolean isParticipantsDistinct() {
        return participants == null || participants.stream().map(String::toLowerCase).distinct().count() == participants.size();
    }
}
