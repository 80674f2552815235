package com.dezky.model.incident;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /incidents/{id}/assign}: the operator who takes it over. */
public record AssignRequest(@NotBlank @Email @Size(max = 254) String email) {
}
