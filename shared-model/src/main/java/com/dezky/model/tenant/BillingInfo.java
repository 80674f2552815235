package com.dezky.model.tenant;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Where a tenant's invoices go. */
public record BillingInfo(
        @Size(max = 200) @Nullable String companyName,
        @Size(max = 40) @Nullable String vatId,
        @Size(max = 500) @Nullable String address,
        @Email @Size(max = 254) @Nullable String billingEmail) {
}
