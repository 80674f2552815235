package com.dezky.model.tenant;

import com.dezky.model.Patterns;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code POST /tenants}. {@code partner} is a partner slug. */
public record CreateTenantRequest(
        @NotBlank @Pattern(regexp = Patterns.SLUG, message = "3-40 characters: a-z, 0-9 and hyphens, not at either end") String slug,
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Size(max = 40) String plan,
        @NotNull @Min(1) @Max(100_000) Integer seatCap,
        @Size(max = 20) @Nullable List<@NotBlank @Pattern(regexp = Patterns.HOSTNAME, message = "must be a host name such as example.com") String> domains,
        @Pattern(regexp = Patterns.SLUG, message = "must be a partner slug") @Nullable String partner,
        @Valid @Nullable ContactInfo contactInfo,
        @Valid @Nullable BillingInfo billingInfo) {
}
