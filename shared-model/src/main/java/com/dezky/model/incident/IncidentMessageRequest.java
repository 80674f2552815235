package com.dezky.model.incident;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /incidents/{id}/notes} (internal) and {@code POST /incidents/{id}/updates} (shown to customers). */
public record IncidentMessageRequest(@NotBlank @Size(max = 4000) String text) {
}
