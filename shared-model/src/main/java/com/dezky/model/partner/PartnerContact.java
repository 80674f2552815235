package com.dezky.model.partner;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

public record PartnerContact(
        @Size(max = 100) @Nullable String primaryName,
        @Email @Size(max = 254) @Nullable String primaryEmail,
        @Email @Size(max = 254) @Nullable String billingEmail) {
}
