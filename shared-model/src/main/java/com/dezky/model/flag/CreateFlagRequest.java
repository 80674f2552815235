package com.dezky.model.flag;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /flags}. {@code state} defaults to {@code off}, {@code pct} to 0, {@code audience}
 * to {@code internal}; a {@code customer} flag needs a {@code customerName}.
 */
public record CreateFlagRequest(
        @NotBlank @Pattern(regexp = FlagKeys.PATTERN, message = "2-63 characters: a-z, 0-9 and _, starting with a letter") String key,
        @Size(max = 500) @Nullable String description,
        @Nullable FlagState state,
        @Min(0) @Max(100) @Nullable Integer pct,
        @Valid @Nullable FlagScope scope,
        @Size(max = 500) @Nullable String reason,
        @Nullable FlagAudience audience,
        @Size(max = 80) @Nullable String customerName,
        @Size(max = 500) @Nullable String customerDescription) {
}
