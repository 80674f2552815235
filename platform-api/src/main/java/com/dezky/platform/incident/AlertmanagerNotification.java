package com.dezky.platform.incident;

import com.dezky.model.Wire;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What Alertmanager posts to a webhook receiver, payload version 4. Fields Alertmanager adds in
 * later releases are ignored rather than refused, as its documentation asks of receivers.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record AlertmanagerNotification(
        @NotNull @Pattern(regexp = "4", message = "must be 4 (Alertmanager's webhook payload version)") String version,
        @NotBlank @Size(max = 2000) String groupKey,
        @NotNull Status status,
        @Size(max = 200) @Nullable String receiver,
        @Size(max = 2000) @JsonProperty("externalURL") @Nullable String externalUrl,
        @NotEmpty @Size(max = 500) List<@Valid @NotNull Alert> alerts) {

    enum Status implements Wire {
        FIRING, RESOLVED;

        @JsonValue
        @Override
        public String wire() {
            return Wire.of(this);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Alert(
            @NotNull Status status,
            @NotNull @Size(max = 64) Map<@Size(max = 200) String, @NotNull @Size(max = 2000) String> labels,
            @Size(max = 64) @Nullable Map<@Size(max = 200) String, @NotNull @Size(max = 10000) String> annotations,
            @NotNull Instant startsAt,
            @Nullable Instant endsAt,
            @Size(max = 2000) @JsonProperty("generatorURL") @Nullable String generatorUrl,
            @NotNull @Pattern(regexp = "[0-9a-f]{1,64}", message = "must be Alertmanager's hexadecimal fingerprint") String fingerprint) {

        @JsonIgnore
        @AssertTrue(message = "labels must name the alert (alertname)")
        public boolean isNamed() {
            return labels == null || (labels.get("alertname") != null && !labels.get("alertname").isBlank());
        }

        boolean firing() {
            return status == Status.FIRING;
        }

        String name() {
            return labels.get("alertname");
        }

        /** The alert's identity across deliveries: one firing of one alert. */
        String key() {
            return fingerprint + "@" + startsAt;
        }
    }
}
