package com.dezky.model.partner;

import jakarta.validation.constraints.Size;

public record PartnerBilling(
        @Size(max = 200) String companyName,
        @Size(max = 40) String vatId,
        @Size(max = 500) String address,
        @Size(max = 40) String iban) {
}
