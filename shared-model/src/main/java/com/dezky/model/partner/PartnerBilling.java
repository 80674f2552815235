package com.dezky.model.partner;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

public record PartnerBilling(
        @Size(max = 200) @Nullable String companyName,
        @Size(max = 40) @Nullable String vatId,
        @Size(max = 500) @Nullable String address,
        @Size(max = 40) @Nullable String iban) {
}
