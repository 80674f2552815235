package com.dezky.model.tenant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of a lifecycle action that needs a reason (suspend). */
public record ReasonRequest(@NotBlank @Size(max = 500) String reason) {
}
