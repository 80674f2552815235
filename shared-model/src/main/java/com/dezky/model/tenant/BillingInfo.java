package com.dezky.model.tenant;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/** Where a tenant's invoices go. */
public record BillingInfo(
        @Size(max = 200) String companyName,
        @Size(max = 40) String vatId,
        @Size(max = 500) String address,
        @Email @Size(max = 254) String billingEmail) {
}
