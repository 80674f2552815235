package com.dezky.model.flag;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** {@code POST /flags/{key}/impact}: a proposed rule to compare with the flag's current one. */
public record ImpactRequest(
        @NotNull FlagState state,
        @NotNull @Min(0) @Max(100) Integer pct,
        @Valid @Nullable FlagScope scope) {
}
