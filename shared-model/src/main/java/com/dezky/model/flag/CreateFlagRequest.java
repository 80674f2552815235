package com.dezky.model.flag;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /flags}. {@code state} defaults to {@code off}, {@code pct} to 0, {@code audience}
 * to {@code internal}; a {@code customer} flag needs a {@code customerName}.
 */
public record CreateFlagRequest(
        @NotBlank @Pattern(regexp = FlagKeys.PATTERN, message = "2-63 characters: a-z, 0-9 and _, starting with a letter") String key,
        @Size(max = 500) String description,
        FlagState state,
        @Min(0) @Max(100) Integer pct,
        @Valid FlagScope scope,
        @Size(max = 500) String reason,
        FlagAudience audience,
        @Size(max = 80) String customerName,
        @Size(max = 500) String customerDescription) {
}
